package org.pledgewatch.localstack;

import java.time.Duration;

/**
 * How a child process ended when it was stopped: {@code forced} means it ignored SIGTERM for the whole
 * grace period and was killed. A JVM that ran its shutdown hooks after SIGTERM exits with 143 (128 + 15).
 */
public record ProcessExit(int exitCode, Duration took, boolean forced) {
}
