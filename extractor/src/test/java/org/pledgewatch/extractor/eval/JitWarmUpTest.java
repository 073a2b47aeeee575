package org.pledgewatch.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitWarmUpTest {

    @Test
    void worksThroughTheTextsRoundRobinAndStopsAtTheCapBeforeAnyWindowCouldEnd() {
        List<String> seen = new ArrayList<>();
        JitWarmUp.Result result = JitWarmUp.until(seen::add, List.of("a", "b", "c"), 0, 0.05);

        assertFalse(result.quiet(), "a cap shorter than one window cannot have found the JIT quiet");
        assertEquals(seen.size(), result.articles());
        assertTrue(seen.size() >= 1);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(List.of("a", "b", "c").get(i % 3), seen.get(i));
        }
    }
}
