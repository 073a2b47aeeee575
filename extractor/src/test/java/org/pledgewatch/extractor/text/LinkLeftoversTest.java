package org.pledgewatch.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LinkLeftoversTest {

    @Test
    void aLinkedCompanysTickerAndMarkBecomeSpacesOfTheSameLength() {
        String body = "DETROIT (Reuters) - Stellantis (STLAM.MI), opens new tab will invest $13 billion, it said in a"
                + " statement, opens new tab. Toyota (7203.T), opens new tab and Alphabet (GOOGL.O), opens new tab did not.";
        String blanked = LinkLeftovers.blank(body);
        assertEquals(body.length(), blanked.length(), "every offset stays the body's");
        assertEquals("DETROIT (Reuters) - Stellantis will invest $13 billion, it said in a statement. Toyota and"
                + " Alphabet did not.", blanked.replaceAll(" +", " ").replace(" .", ".").replace(" ,", ","));
    }

    @Test
    void aBodyWithoutLeftoversIsLeftAlone() {
        String body = "Shares of Stellantis (STLAM.MI) rose 2%, the company said.";
        assertSame(body, LinkLeftovers.blank(body));
    }
}
