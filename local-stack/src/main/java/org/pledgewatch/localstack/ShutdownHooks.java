package org.pledgewatch.localstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One JVM shutdown hook for everything this JVM started, closed newest first.
 *
 * <p>Why not one hook per process: the JVM runs hooks concurrently and in no order, so the broker
 * could be killed while the services that use it are still shutting down. Registering in start
 * order and closing in reverse keeps the same order as {@link LocalStack#close()}.
 */
final class ShutdownHooks {
    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();
    private static boolean hookInstalled;

    private ShutdownHooks() {
    }

    static synchronized void register(AutoCloseable resource) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHooks::closeAll, "local-stack-shutdown"));
            hookInstalled = true;
        }
        OPEN.push(resource);
    }

    /** Called by a resource that was closed normally, so the hook does not hold on to it. */
    static synchronized void unregister(AutoCloseable resource) {
        OPEN.remove(resource);
    }

    private static void closeAll() {
        List<AutoCloseable> toClose;
        synchronized (ShutdownHooks.class) {
            toClose = new ArrayList<>(OPEN);
            OPEN.clear();
        }
        for (AutoCloseable resource : toClose) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("local-stack: could not close " + resource + " on shutdown: " + e);
            }
        }
    }
}
