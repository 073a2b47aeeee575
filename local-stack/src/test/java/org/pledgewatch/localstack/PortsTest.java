package org.pledgewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortsLieBelowTheEphemeralRangeAreBindableAndNeverRepeat() throws Exception {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.freePort();
            assertTrue(port >= Ports.LOWEST && port <= Ports.HIGHEST, port + " lies outside the range");
            assertTrue(seen.add(port), port + " was handed out twice");
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
        }
        assertEquals(50, seen.size());
    }

    @Test
    void aBoundPortIsReportedWithItsOwner() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(Ports.freePort()));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Ports.requireFree(taken.getLocalPort(), "query-service"));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " (wanted for query-service)"),
                    e.getMessage());
        }
    }
}
