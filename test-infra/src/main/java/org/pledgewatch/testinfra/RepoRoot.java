package org.pledgewatch.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository root, where {@code local-stack/target/lib} is. */
final class RepoRoot {
    private RepoRoot() {
    }

    /**
     * System property {@code pledgewatch.root} (the parent pom sets it for surefire and failsafe), else
     * the first directory up from {@code user.dir} that has {@code local-stack/pom.xml}, e.g. in an IDE.
     */
    static Path find() {
        String configured = System.getProperty("pledgewatch.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("local-stack").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Pledgewatch repository root above " + start
                + "; set -Dpledgewatch.root=<repo root>");
    }

    /** The broker's classpath, built by {@code ./mvnw -pl local-stack generate-resources} (or any later phase). */
    static String brokerClasspath() {
        Path lib = find().resolve("local-stack").resolve("target").resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing, so the local Kafka broker cannot start (no Docker"
                    + " here for Testcontainers). Build it with: ./mvnw -q -pl local-stack -am package -DskipTests");
        }
        return lib + "/*";
    }

    /** Where a test JVM writes broker/database logs and data: the module's {@code target/} when there is one. */
    static Path workDir() {
        Path target = Paths.get(System.getProperty("user.dir"), "target");
        return Files.isDirectory(target) ? target : Paths.get(System.getProperty("java.io.tmpdir"));
    }
}
