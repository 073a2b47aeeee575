package org.pledgewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {
    @TempDir
    Path dir;

    @Test
    void startsWithTheProjectDatabaseAndKeepsDataAcrossRestarts() throws Exception {
        Path data = dir.resolve("postgres");
        Path log = dir.resolve("postgres.log");
        int port;
        long begin = System.nanoTime();
        try (LocalPostgres postgres = LocalPostgres.start(0, data, log)) {
            System.out.println("postgres ready at " + postgres.jdbcUrl() + " in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
            port = postgres.port();
            try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
                assertEquals("pledgewatch", single(statement, "select current_user"));
                statement.execute("create table kept (value text)");
                statement.execute("insert into kept values ('still here')");
            }
        }
        assertThrows(IOException.class, () -> new Socket().connect(new InetSocketAddress("localhost", port), 500),
                "nothing listens after close");

        try (LocalPostgres again = LocalPostgres.start(0, data, log);
             Connection connection = connect(again);
             Statement statement = connection.createStatement()) {
            assertEquals("still here", single(statement, "select value from kept"));
        }
    }

    private static Connection connect(LocalPostgres postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    private static String single(Statement statement, String query) throws Exception {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
