package org.pledgewatch.query.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/**
 * The documented rebuild: an empty read model (here a fresh schema) and a new consumer group replay every
 * topic from the beginning, and the result equals the read model the other test classes built. Quarkus runs
 * test classes with a profile after the others, so by then the topics hold everything they published.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(RebuildReadModelTest.EmptyReadModelNewGroup.class)
class RebuildReadModelTest {

    static final String REBUILT = "rebuild_" + UUID.randomUUID().toString().substring(0, 8);

    public static class EmptyReadModelNewGroup implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pledgewatch.query.consumer-group", "query-service-" + REBUILT,
                    "quarkus.flyway.schemas", REBUILT,
                    "quarkus.flyway.default-schema", REBUILT,
                    "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", REBUILT);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void replayingTheTopicsIntoAnEmptyReadModelGivesTheSameReadModel() throws Exception {
        Map<String, String> original = snapshot("public");
        assertFalse(original.isEmpty(), "the other test classes built a read model to compare with");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertEquals(List.of(), differences(original, snapshot(REBUILT))));
    }

    private static List<String> differences(Map<String, String> original, Map<String, String> rebuilt) {
        List<String> differences = new ArrayList<>();
        original.forEach((key, value) -> {
            if (!value.equals(rebuilt.get(key))) {
                differences.add(key + ": " + value + " <> " + rebuilt.get(key));
            }
        });
        rebuilt.keySet().stream().filter(key -> !original.containsKey(key)).forEach(key -> differences.add("extra " + key));
        return differences;
    }

    /** Everything a reader can see, keyed by row: articles with their status, items with their payloads. */
    private Map<String, String> snapshot(String schema) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            read(s, rows, "select 'article:' || id, concat_ws('|', status, extractor_version, statement_count,"
                    + " commitment_count, content_hash, title, body) from " + schema + ".articles");
            read(s, rows, "select 'statement:' || id, payload::text || article_date from " + schema + ".statements");
            read(s, rows, "select 'commitment:' || id, payload::text || article_date from " + schema + ".commitments");
            read(s, rows, "select 'actor:' || id, concat_ws('|', name, type, role, country) from " + schema + ".actors");
        }
        return rows;
    }

    private static void read(Statement s, Map<String, String> rows, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
            }
        }
    }
}
