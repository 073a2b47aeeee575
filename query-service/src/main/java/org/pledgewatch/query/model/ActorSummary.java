package org.pledgewatch.query.model;

/** One line of {@code GET /actors}. */
public record ActorSummary(String id, String name, String type, String role, String country,
                           long commitments, long commitmentsReceived, long statements) {
}
