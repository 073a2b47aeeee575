package org.pledgewatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One Quarkus service run as {@code java [jvm options] -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured only through environment variables, as it would be in a container.
 */
public final class ServiceProcess implements AutoCloseable {
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final ChildProcess process;
    private final int port;
    /** Set before we stop or kill it, so that its exit is not taken for a crash. */
    private volatile boolean stopRequested;

    private ServiceProcess(String name, ChildProcess process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service without waiting; call {@link #awaitReady(Duration)} next. Split in two so
     * several services can boot at the same time.
     *
     * @param jvmOptions given to {@code java} before {@code -jar} (heap sizes and the like)
     * @param env        on top of this JVM's environment; must include {@code QUARKUS_HTTP_PORT}={@code port}
     */
    public static ServiceProcess launch(String name, Path jar, List<String> jvmOptions, int port, Map<String, String> env,
                                        Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build the services first (./mvnw -DskipTests package)");
        }
        Ports.requireFree(port, name);
        try {
            List<String> command = new ArrayList<>();
            command.add(Processes.javaExecutable());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ChildProcess process = ChildProcess.start(name, command, jar.getParent(), env, logFile, STOP_GRACE);
            ServiceProcess service = new ServiceProcess(name, process, port);
            ShutdownHooks.register(service);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** {@link #launch} and {@link #awaitReady(Duration)} in one. */
    public static ServiceProcess start(String name, Path jar, List<String> jvmOptions, int port, Map<String, String> env,
                                       Path logFile) {
        ServiceProcess service = launch(name, jar, jvmOptions, port, env, logFile);
        try {
            service.awaitReady(DEFAULT_START_TIMEOUT);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    /** Polls {@code /q/health/ready} until it answers 200; fails with the end of the log otherwise. */
    public void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            process.requireAlive();
            try {
                HttpResponse<String> answer = HTTP.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw process.failure("was not ready within " + timeout.toSeconds() + " s (last answer: " + lastAnswer + ")");
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return process.logFile();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Calls {@code action} with the exit code if the service exits without being asked to: not through
     * {@link #stop()}, {@link #kill()} or {@link #close()} (a crash, or a service that exits on purpose to be
     * restarted).
     */
    public void whenExitsOnItsOwn(IntConsumer action) {
        process.onExit().thenAccept(exitCode -> {
            if (!stopRequested) {
                action.accept(exitCode);
            }
        });
    }

    /** {@code kill -9}: no chance to finish its work or commit anything, as in a crash. Returns once it is gone. */
    public void kill() {
        stopRequested = true;
        try {
            process.kill();
        } finally {
            ShutdownHooks.unregister(this);
        }
    }

    /** SIGTERM, as a container runtime or an operator stops a service; SIGKILL if it has not exited within 10 s. */
    public ProcessExit stop() {
        stopRequested = true;
        try {
            return process.stop();
        } finally {
            ShutdownHooks.unregister(this);
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " on port " + port + " (pid " + process.pid() + ")";
    }
}
