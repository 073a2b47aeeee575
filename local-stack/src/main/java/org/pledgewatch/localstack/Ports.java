package org.pledgewatch.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Free-port lookup and the "port already in use" check that lets the stack fail fast. */
public final class Ports {
    /**
     * Where {@link #freePort()} looks: below the ephemeral ranges that operating systems hand to outgoing
     * connections (Linux 32768–60999, macOS and Windows 49152–65535). A port the OS picks with
     * {@code new ServerSocket(0)} comes from that ephemeral range, and between the pick and the service's
     * bind, seconds later, any client connection (a Kafka client, a JDBC pool) may take it as its local
     * port: the end-to-end suite failed that way about once in six runs ("Port 33029 … already in use").
     */
    static final int LOWEST = 20000;
    static final int HIGHEST = 32767;
    private static final int ATTEMPTS = 200;

    /** Ports handed out by this JVM, so two lookups before either bind never return the same port. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** A port in [{@value #LOWEST}, {@value #HIGHEST}] that can be bound now and was not handed out before. */
    public static int freePort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (canBind(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST
                + " after " + ATTEMPTS + " attempts");
    }

    /** {@code port}, or a free port when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? freePort() : port;
    }

    /**
     * Fails with a message naming the owner when {@code port} cannot be bound on all interfaces,
     * which is how the services bind it.
     */
    public static void requireFree(int port, String usedFor) {
        IOException refused = bindRefusal(port);
        if (refused != null) {
            throw new IllegalStateException("Port " + port + " (wanted for " + usedFor + ") is already in use."
                    + " Stop whatever listens there (e.g. `ss -ltnp 'sport = :" + port + "'`) or choose another port.", refused);
        }
    }

    private static boolean canBind(int port) {
        return bindRefusal(port) == null;
    }

    /** Why {@code port} cannot be bound on all interfaces (how the services bind it), or null when it can. */
    private static IOException bindRefusal(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
