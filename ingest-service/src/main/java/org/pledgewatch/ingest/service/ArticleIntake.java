package org.pledgewatch.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.ingest.model.ArticleSubmission;

/** Checks a submission and turns it into the {@code articles} event. */
@ApplicationScoped
public class ArticleIntake {

    private final long maxBodyBytes;
    private final Clock clock;

    @Inject
    public ArticleIntake(@ConfigProperty(name = "pledgewatch.ingest.max-body-bytes", defaultValue = "1048576") long maxBodyBytes) {
        this(maxBodyBytes, Clock.systemUTC());
    }

    ArticleIntake(long maxBodyBytes, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public ArticleReceived toEvent(ArticleSubmission submission) {
        if (submission == null || submission.body() == null || submission.body().isBlank()) {
            throw new InvalidArticleException("The article has no body: 'body' must be a non-blank string.");
        }
        refuseNulCharacters("body", submission.body());
        refuseNulCharacters("title", submission.title());
        refuseNulCharacters("url", submission.url());
        refuseNulCharacters("source", submission.source());
        String body = submission.body();
        long size = body.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBodyBytes) {
            throw new ArticleTooLargeException(size, maxBodyBytes);
        }
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION,
                ArticleIdentity.idFor(submission.url(), body),
                blankToNull(submission.title()), body, blankToNull(submission.url()), blankToNull(submission.source()),
                parsePublishedAt(submission.publishedAt()), clock.instant(), ArticleIdentity.contentHash(body));
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Accepts an instant with offset ({@code 2026-01-06T18:00:00Z}) or a plain date (taken as midnight UTC). */
    static Instant parsePublishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidArticleException("'publishedAt' must be an ISO-8601 date or date-time with offset, "
                        + "e.g. 2026-01-06 or 2026-01-06T18:00:00Z; got '" + value + "'.");
            }
        }
    }

    /**
     * No text of an article holds U+0000, and PostgreSQL (the read model) cannot store one: accepted, such an
     * article would be on the topic but could never be folded into the read model.
     */
    private static void refuseNulCharacters(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidArticleException("'" + field + "' contains a NUL character (U+0000), which no article"
                    + " text holds; remove it and send the article again.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
