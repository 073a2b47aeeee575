package org.pledgewatch.contract.events;

/**
 * Value of a record on {@code statements}: one quotation or reported speech.
 *
 * @param id          deterministic: same article + same extractor version gives the same id
 * @param quoteStart  offset of the quote in the article body
 * @param quoteEnd    end offset (exclusive) of the quote in the article body
 */
public record StatementExtracted(int schemaVersion, String id, String articleId, Speaker speaker, String quote,
                                 int quoteStart, int quoteEnd, boolean direct, String reportingVerb,
                                 Evidence evidence, String extractorVersion) {
    public static final int SCHEMA_VERSION = 1;
}
