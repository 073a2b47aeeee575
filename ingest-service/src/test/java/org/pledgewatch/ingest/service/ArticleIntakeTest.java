package org.pledgewatch.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.ingest.model.ArticleSubmission;

class ArticleIntakeTest {

    private static final Instant NOW = Instant.parse("2026-01-07T10:00:00Z");
    private final ArticleIntake intake = new ArticleIntake(100, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void buildsTheEventFromASubmission() {
        ArticleReceived event = intake.toEvent(new ArticleSubmission(" Title ", "Body text.", "https://e.org/a",
                "Example", "2026-01-06T18:30:00+01:00"));
        assertEquals(ArticleReceived.SCHEMA_VERSION, event.schemaVersion());
        assertEquals(ArticleIdentity.idFor("https://e.org/a", "Body text."), event.id());
        assertEquals("Title", event.title());
        assertEquals("Body text.", event.body());
        assertEquals(Instant.parse("2026-01-06T17:30:00Z"), event.publishedAt());
        assertEquals(NOW, event.receivedAt());
        assertEquals(ArticleIdentity.contentHash("Body text."), event.contentHash());
    }

    @Test
    void aPlainDateIsMidnightUtcAndNoDateIsNull() {
        assertEquals(Instant.parse("2026-01-06T00:00:00Z"), ArticleIntake.parsePublishedAt("2026-01-06"));
        assertNull(ArticleIntake.parsePublishedAt(" "));
    }

    @Test
    void refusesNulCharactersInAnyText() {
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(ArticleSubmission.ofBody("a\u0000b")));
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(ArticleSubmission.ofBody("\u0000")));
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(
                new ArticleSubmission("Title\u0000", "body", null, null, null)));
    }

    @Test
    void refusesAMissingOrBlankBody() {
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(ArticleSubmission.ofBody(null)));
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(ArticleSubmission.ofBody(" \n\t")));
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(null));
    }

    @Test
    void refusesABodyOverTheLimitCountedInUtf8Bytes() {
        intake.toEvent(ArticleSubmission.ofBody("a".repeat(100)));
        // 51 two-byte characters are 102 bytes: over the limit although only 51 chars
        assertThrows(ArticleTooLargeException.class, () -> intake.toEvent(ArticleSubmission.ofBody("\u00e9".repeat(51))));
    }

    @Test
    void refusesAnUnreadableDate() {
        assertThrows(InvalidArticleException.class, () -> intake.toEvent(
                new ArticleSubmission(null, "Body", null, null, "yesterday")));
    }
}
