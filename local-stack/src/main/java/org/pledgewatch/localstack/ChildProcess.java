package org.pledgewatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A process we started (the broker, a service): in a session of its own, its output appended to a log
 * file, stopped with SIGTERM and, after a grace period, SIGKILL. Errors about it quote the end of its log.
 */
final class ChildProcess {
    private final String name;
    private final Process process;
    private final Path logFile;
    private final Duration grace;

    private ChildProcess(String name, Process process, Path logFile, Duration grace) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.grace = grace;
    }

    /**
     * @param directory the working directory, or null for ours
     * @param env       on top of this JVM's environment
     */
    static ChildProcess start(String name, List<String> command, Path directory, Map<String, String> env,
                              Path logFile, Duration grace) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(Processes.detached(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start(), logFile, grace);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return logFile;
    }

    /** Completes with the exit code once the process has exited, however it ended. */
    CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** {@code kill -9} of the process and its descendants; returns once it is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }

    ProcessExit stop() {
        return Processes.stop(process, grace);
    }

    /** Throws, quoting the log, when the process has already exited (e.g. while we wait for it to be ready). */
    void requireAlive() {
        if (!process.isAlive()) {
            throw failure("exited with code " + process.exitValue());
        }
    }

    /** "{@code <name> <what happened>}; last lines of {@code <log>}: ...". */
    IllegalStateException failure(String whatHappened) {
        return new IllegalStateException(name + " " + whatHappened + "; last lines of " + logFile + ":\n"
                + Processes.tail(logFile, 40));
    }
}
