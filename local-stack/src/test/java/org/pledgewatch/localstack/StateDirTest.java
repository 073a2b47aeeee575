package org.pledgewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirTest {
    @TempDir
    Path state;

    @Test
    void keepsTopicsAndReadModelWhenBothExist() throws Exception {
        Files.createDirectories(state.resolve("kafka/logs"));
        Files.createDirectories(state.resolve("postgres"));
        StateDir.prepare(state, true, line -> { });
        assertTrue(Files.isDirectory(state.resolve("kafka/logs")));
        assertTrue(Files.isDirectory(state.resolve("postgres")));
    }

    @Test
    void wipesAReadModelWhoseTopicsAreGone() throws Exception {
        Files.createDirectories(state.resolve("postgres/base"));
        List<String> said = new ArrayList<>();
        StateDir.prepare(state, true, said::add);
        assertFalse(Files.exists(state.resolve("postgres")));
        assertTrue(said.get(0).contains("postgres/"), said.toString());
    }

    @Test
    void aThrowAwayStackStartsWithEmptyTopicsAndReadModel() throws Exception {
        Files.createDirectories(state.resolve("kafka/logs"));
        Files.createDirectories(state.resolve("postgres/base"));
        StateDir.prepare(state, false, line -> { });
        assertFalse(Files.exists(state.resolve("kafka")));
        assertFalse(Files.exists(state.resolve("postgres")));
    }
}
