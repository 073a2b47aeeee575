package org.pledgewatch.testinfra;

import org.pledgewatch.localstack.LocalPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** One PostgreSQL per test JVM with the {@code pledgewatch} database; see {@link SharedKafka} for why. */
public final class SharedPostgres {
    static final String IMAGE = "postgres:17";

    /** JDBC URL, user and password of the database. */
    public record Connection(String jdbcUrl, String username, String password) {
    }

    private static PostgreSQLContainer container;
    private static LocalPostgres local;
    private static Connection connection;

    private SharedPostgres() {
    }

    /** See {@link SharedKafka}: the database started by this JVM, whatever class loader asks. */
    private static final String STARTED = "pledgewatch.test.postgres.jdbc-url";

    public static synchronized Connection connection() {
        if (connection == null && System.getProperty(STARTED) != null) {
            connection = new Connection(System.getProperty(STARTED), LocalPostgres.USER, LocalPostgres.PASSWORD);
        }
        if (connection == null) {
            start();
            System.setProperty(STARTED, connection.jdbcUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "test-infra-postgres-stop"));
        }
        return connection;
    }

    /** Stops the database now (normally the shutdown hook does); its data is thrown away. */
    public static synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
        if (local != null) {
            local.close();
            local = null;
        }
        connection = null;
        System.clearProperty(STARTED);
    }

    private static void start() {
        long begin = System.nanoTime();
        if (Docker.available()) {
            container = new PostgreSQLContainer(IMAGE)
                    .withDatabaseName(LocalPostgres.DATABASE)
                    .withUsername(LocalPostgres.USER)
                    .withPassword(LocalPostgres.PASSWORD);
            container.start();
            connection = new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            SharedKafka.log("PostgreSQL: Testcontainers " + IMAGE + " at " + connection.jdbcUrl(), begin);
        } else {
            // a throw-away data dir (null): every test JVM starts from an empty database
            local = LocalPostgres.start(0, null, RepoRoot.workDir().resolve("test-postgres.log"));
            connection = new Connection(local.jdbcUrl(), local.username(), local.password());
            SharedKafka.log("PostgreSQL: no Docker, embedded PostgreSQL at " + connection.jdbcUrl() + ", log "
                    + local.logFile(), begin);
        }
    }
}
