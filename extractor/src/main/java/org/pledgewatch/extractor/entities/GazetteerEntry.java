package org.pledgewatch.extractor.entities;

/**
 * A phrase the gazetteer knows. {@code id} is the alpha-3 code of a country (for country names,
 * demonyms and capitals), the slug of an organisation, or the title itself.
 */
public record GazetteerEntry(Kind kind, String id, String name, String country) {
    public enum Kind {
        COUNTRY, DEMONYM, CAPITAL, ORGANIZATION, COALITION, TITLE
    }
}
