package org.pledgewatch.contract.events;

/**
 * Who said something. {@code type} is PERSON, COUNTRY, ORGANIZATION or GROUP; {@code country} is an
 * ISO 3166 alpha-3 code; {@code role} and {@code country} may be null.
 */
public record Speaker(String id, String name, String type, String role, String country) {
}
