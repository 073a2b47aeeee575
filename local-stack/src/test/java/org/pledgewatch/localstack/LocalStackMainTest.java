package org.pledgewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStackMainTest {
    @Test
    void parsesFlagsAndPorts() {
        LocalStackMain.Options options = LocalStackMain.Options.parse(
                List.of("--fresh", "--demo", "--ingest-port", "9081", "--kafka-port", "19092"));
        assertTrue(options.fresh());
        assertTrue(options.demo());
        assertEquals(9081, options.ingestPort());
        assertEquals(19092, options.kafkaPort());
        assertEquals(8083, options.queryPort(), "default stays");
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> LocalStackMain.Options.parse(List.of("--frsh")));
        assertThrows(IllegalArgumentException.class, () -> LocalStackMain.Options.parse(List.of("--query-port", "x")));
        assertThrows(IllegalArgumentException.class, () -> LocalStackMain.Options.parse(List.of("--query-port")));
    }
}
