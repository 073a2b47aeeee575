package org.pledgewatch.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void sameUrlGivesSameIdWhateverTheBody() {
        assertEquals(ArticleIdentity.idFor("https://example.org/news/1", "first version"),
                ArticleIdentity.idFor("https://example.org/news/1", "edited version"));
    }

    @Test
    void urlVariantsOfOnePageGiveOneId() {
        String id = ArticleIdentity.idFor("https://example.org/news/1", "x");
        assertEquals(id, ArticleIdentity.idFor("HTTPS://Example.ORG/news/1/", "x"));
        assertEquals(id, ArticleIdentity.idFor("https://example.org/news/1#comments", "x"));
        assertNotEquals(id, ArticleIdentity.idFor("https://example.org/news/2", "x"));
    }

    @Test
    void withoutUrlTheNormalizedBodyDecides() {
        String id = ArticleIdentity.idFor(null, "Macron said  it.\nStarmer agreed.");
        assertEquals(id, ArticleIdentity.idFor("", "  Macron said it. Starmer agreed.  "));
        assertNotEquals(id, ArticleIdentity.idFor(null, "Macron said it. Starmer disagreed."));
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameText() {
        assertEquals(ArticleIdentity.idFor(null, "Pedro S\u00e1nchez"), ArticleIdentity.idFor(null, "Pedro Sa\u0301nchez"));
    }

    @Test
    void contentHashIsSha256OfTheExactBody() {
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ArticleIdentity.contentHash("abc"));
        assertTrue(!ArticleIdentity.contentHash("abc").equals(ArticleIdentity.contentHash("abc ")));
    }
}
