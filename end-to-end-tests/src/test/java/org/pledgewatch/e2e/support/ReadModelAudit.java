package org.pledgewatch.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.localstack.LocalPostgres;

/**
 * The query service's read model as stored in PostgreSQL: article statuses and the ids of the statements
 * and commitments it holds, compared with what the extraction service committed to the topics.
 */
public record ReadModelAudit(Map<String, String> statusByArticle, Set<String> itemIds) {

    public static ReadModelAudit read(LocalPostgres postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement sql = connection.createStatement()) {
            Map<String, String> statuses = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("select id, status from articles")) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
            Set<String> items = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("select id from statements union all select id from commitments")) {
                while (rows.next()) {
                    items.add(rows.getString(1));
                }
            }
            return new ReadModelAudit(statuses, items);
        } catch (SQLException e) {
            throw new AssertionError("could not read the read model", e);
        }
    }

    public long extractedCount() {
        return statusByArticle.values().stream().filter("EXTRACTED"::equals).count();
    }

    /** The read model holds exactly the committed items of the extracted articles: none missing, none extra. */
    public void assertMatches(TopicAudit topics) {
        assertEquals(topics.extracted().size(), extractedCount(), "articles EXTRACTED in the read model");
        assertEquals(Set.of(), TopicAudit.difference(topics.namedItems(), itemIds), "items missing from the read model");
        assertEquals(Set.of(), TopicAudit.difference(itemIds, topics.namedItems()), "items in the read model that no"
                + " outcome names");
    }

    /** Every one of {@code articles} is in the read model. */
    public void assertHolds(Set<String> articles) {
        assertEquals(Set.of(), TopicAudit.difference(articles, statusByArticle.keySet()),
                "acknowledged articles missing from the read model");
    }

    public String summary() {
        return String.format("read model: %d articles EXTRACTED, %d items", extractedCount(), itemIds.size());
    }
}
