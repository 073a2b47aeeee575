package org.pledgewatch.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL (zonky's embedded binaries, started with pg_ctl) with a {@value #DATABASE} database
 * owned by the role {@value #USER}.
 *
 * <p>As root, zonky runs initdb/pg_ctl under {@code unshare -U} because PostgreSQL refuses to run as root.
 * pg_ctl detaches the server, so it is stopped with pg_ctl in {@link #close()}, not by killing a process.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String DATABASE = "pledgewatch";
    public static final String USER = "pledgewatch";
    public static final String PASSWORD = "pledgewatch";

    private final EmbeddedPostgres postgres;
    private final Path logFile;

    private LocalPostgres(EmbeddedPostgres postgres, Path logFile) {
        this.postgres = postgres;
        this.logFile = logFile;
    }

    /**
     * @param port    0 for a free port
     * @param dataDir null for a throw-away data dir; otherwise it is kept and reused (initdb only once)
     * @param logFile where the server's output goes
     */
    public static LocalPostgres start(int port, Path dataDir, Path logFile) {
        int pgPort = Ports.orFree(port);
        Ports.requireFree(pgPort, "PostgreSQL");
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(pgPort)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // our own hook closes it in the right order (after the services)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            LocalPostgres local = new LocalPostgres(builder.start(), logFile);
            ShutdownHooks.register(local);
            try {
                local.createRoleAndDatabase();
            } catch (RuntimeException e) {
                local.close();
                throw e;
            }
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL; see " + logFile, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        } finally {
            ShutdownHooks.unregister(this);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port();
    }

    /** Idempotent, so a persistent data dir can be started again. */
    private void createRoleAndDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                // CREATE DATABASE cannot run in a transaction block; the connection is in autocommit
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + DATABASE + " database", e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
