package org.pledgewatch.contract.events;

import java.util.List;

/**
 * Value of a record on {@code commitments}: one pledge, promise, intention or obligation.
 *
 * @param id        deterministic: same article + same extractor version gives the same id
 * @param speaker   who voiced it, or null
 * @param modality  FIRM, CONDITIONAL, HEDGED or NEGATED
 * @param category  MILITARY, FINANCIAL, HUMANITARIAN, DIPLOMATIC, ECONOMIC, CLIMATE or OTHER
 */
public record CommitmentExtracted(int schemaVersion, String id, String articleId, List<Actor> actors,
                                  Speaker speaker, String action, Actor beneficiary, List<String> conditions,
                                  String modality, String category, List<Amount> amounts, String timeFrame,
                                  Evidence evidence, String extractorVersion) {
    public static final int SCHEMA_VERSION = 1;
}
