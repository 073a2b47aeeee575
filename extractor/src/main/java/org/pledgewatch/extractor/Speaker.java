package org.pledgewatch.extractor;

/**
 * Who said something. {@code id} is stable across articles: an ISO 3166 alpha-3 code for a country,
 * a slug of the canonical name otherwise (e.g. {@code "keir-starmer"}). {@code role} and
 * {@code country} (alpha-3) are null when the text does not give them.
 */
public record Speaker(String id, String name, EntityType type, String role, String country) {
}
