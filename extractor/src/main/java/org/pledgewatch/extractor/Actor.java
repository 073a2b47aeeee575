package org.pledgewatch.extractor;

/**
 * Who commits, or who benefits: a country (id = ISO 3166 alpha-3), an organisation, a coalition,
 * or a person acting for them. {@code country} is the alpha-3 code the actor belongs to, if known.
 */
public record Actor(String id, String name, EntityType type, String country) {
}
