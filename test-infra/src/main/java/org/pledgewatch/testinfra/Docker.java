package org.pledgewatch.testinfra;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can be used; asked once per JVM because the probe is slow when Docker is absent. */
final class Docker {
    private static Boolean available;

    private Docker() {
    }

    /**
     * {@code -Dpledgewatch.docker=false} forces the local fallback even where Docker runs, e.g. to try
     * the path CI takes on a machine without Docker.
     */
    static synchronized boolean available() {
        if (available == null) {
            available = !"false".equals(System.getProperty("pledgewatch.docker")) && probe();
        }
        return available;
    }

    private static boolean probe() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) {
            // a missing socket or client library must mean "no Docker", never a failed test
            return false;
        }
    }
}
