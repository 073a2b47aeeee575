package org.pledgewatch.contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: {@code pledgewatch.root} (set by the parent pom's surefire config), else found upwards. */
final class RepoRoot {

    private RepoRoot() {
    }

    static Path get() {
        String configured = System.getProperty("pledgewatch.root");
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("cannot find the Pledgewatch repository root from " + System.getProperty("user.dir"));
    }

    static Path resolve(String relative) {
        return get().resolve(relative);
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("event-contract"));
    }
}
