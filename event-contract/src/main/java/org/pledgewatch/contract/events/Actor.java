package org.pledgewatch.contract.events;

/**
 * Who commits or benefits. Countries have their ISO 3166 alpha-3 code as id; {@code country} (alpha-3) is
 * null when unknown, e.g. for international organisations.
 */
public record Actor(String id, String name, String type, String country) {
}
