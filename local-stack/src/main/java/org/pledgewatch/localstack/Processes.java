package org.pledgewatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers shared by the child JVMs we start (broker, services). */
final class Processes {
    private Processes() {
    }

    private static final Path SETSID = Paths.get("/usr/bin/setsid");

    /**
     * {@code command}, run in a session of its own where {@code setsid} exists. Why: Ctrl-C in a terminal
     * signals the whole foreground process group; a child in its own session is not hit, so it is
     * stopped by us, in order (services before the broker), instead of all at once.
     */
    static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> detached = new ArrayList<>();
        detached.add(SETSID.toString());
        detached.addAll(command);
        return detached;
    }

    /** The {@code java} of the running JVM, so children use the same Java version. */
    static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * SIGTERM (so the child can shut down cleanly), then SIGKILL after {@code grace} (a JVM's threads dumped
     * to its log shortly before). Children of the
     * process get the same treatment first, so nothing is left behind even if a launcher forked.
     *
     * @return how it ended: the exit code and whether SIGTERM was enough
     */
    static ProcessExit stop(Process process, Duration grace) {
        long begin = System.nanoTime();
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        boolean forced = false;
        try {
            Duration beforeDump = grace.compareTo(THREAD_DUMP_BEFORE_KILL.multipliedBy(2)) > 0
                    ? grace.minus(THREAD_DUMP_BEFORE_KILL) : grace;
            if (!process.waitFor(beforeDump.toMillis(), TimeUnit.MILLISECONDS)) {
                dumpThreads(process);
            }
            if (!process.waitFor(grace.minus(beforeDump).toMillis(), TimeUnit.MILLISECONDS)) {
                forced = true;
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            forced = true;
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return new ProcessExit(exitCode, Duration.ofNanos(System.nanoTime() - begin), forced);
    }

    /**
     * A JVM that does not stop by itself is killed some seconds later; its threads are dumped first (SIGQUIT
     * makes a JVM print them to its standard output, which is its log file) so that the log shows what the
     * shutdown was waiting for. Why: a rare stall of a service's shutdown cannot be reproduced at will.
     */
    private static final Duration THREAD_DUMP_BEFORE_KILL = Duration.ofSeconds(3);

    private static void dumpThreads(Process process) {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).inheritIO().start()
                    .waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command (Windows): the log just has no thread dump
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code lines} lines of a log file, for error messages. */
    static String tail(Path file, int lines) {
        try {
            // lenient decoding: a log cut mid-character must not hide the error we are reporting
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
