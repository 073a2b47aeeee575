package org.pledgewatch.query.model;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /actors/{id}}: who the actor is, what it committed to (counted by modality and category),
 * what it was promised as beneficiary, and what it said lately.
 */
public record ActorProfile(String id, String name, String type, String role, String country, List<String> aliases,
                           long commitmentCount, Map<String, Long> commitmentsByModality,
                           Map<String, Long> commitmentsByCategory, List<RawJson> latestCommitments,
                           long commitmentsReceivedCount, List<RawJson> latestCommitmentsReceived,
                           long statementCount, List<RawJson> latestStatements) {
}
