package org.pledgewatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port lookup and the "port already in use" check that lets the stack fail fast. */
public final class Ports {
    private Ports() {
    }

    /** A port that was free a moment ago (the OS picks it); there is a small race until it is bound again. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
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
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (wanted for " + usedFor + ") is already in use."
                    + " Stop whatever listens there (e.g. `ss -ltnp 'sport = :" + port + "'`) or choose another port.", e);
        }
    }
}
