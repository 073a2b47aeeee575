package org.pledgewatch.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * PostgreSQL for {@code @QuarkusTest}s: Testcontainers ({@value SharedPostgres#IMAGE}) when Docker answers,
 * otherwise an embedded PostgreSQL 17. One database per test JVM, shared by its test classes.
 *
 * <pre>{@code @QuarkusTestResource(PostgresTestResource.class)}</pre>
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SharedPostgres.Connection db = SharedPostgres.connection();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password(),
                "quarkus.datasource.devservices.enabled", "false");
    }

    /** Keeps the database for the next test class of this JVM; a shutdown hook stops it. */
    @Override
    public void stop() {
    }
}
