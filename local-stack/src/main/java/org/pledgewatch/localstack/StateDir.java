package org.pledgewatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The stack's state: {@code kafka/} (topics) and {@code postgres/} (the read model built from them) are
 * one unit. A read model without its topics, or topics without their read model, would show articles
 * that do not exist or miss ones that do, so they are only ever kept or wiped together.
 */
public final class StateDir {
    private StateDir() {
    }

    static void prepare(Path stateDir, boolean persistent, Consumer<String> progress) {
        boolean hasKafka = Files.isDirectory(stateDir.resolve("kafka"));
        boolean hasPostgres = Files.isDirectory(stateDir.resolve("postgres"));
        if (!persistent) {
            // a throw-away stack: topics and read model start empty (they are kept while it runs, so the
            // broker and PostgreSQL can be restarted under the services)
            delete(stateDir.resolve("kafka"));
            delete(stateDir.resolve("postgres"));
        } else if (hasKafka != hasPostgres) {
            progress.accept("Only " + (hasKafka ? "kafka/" : "postgres/") + " exists in " + stateDir
                    + "; wiping it so topics and read model start empty together");
            delete(stateDir.resolve("kafka"));
            delete(stateDir.resolve("postgres"));
        }
    }

    /** Deletes {@code dir} and everything below it; a missing dir is fine. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
