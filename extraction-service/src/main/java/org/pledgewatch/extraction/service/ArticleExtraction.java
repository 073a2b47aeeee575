package org.pledgewatch.extraction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.Amount;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Statement;

/** Runs the extractor on one article and expresses the result in the public event contract. */
@ApplicationScoped
public class ArticleExtraction {

    private final Extractor extractor;
    private final Clock clock;

    @Inject
    public ArticleExtraction(Extractor extractor) {
        this(extractor, Clock.systemUTC());
    }

    ArticleExtraction(Extractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    public String extractorVersion() {
        return extractor.version();
    }

    /** @throws RuntimeException whatever the extractor throws: the caller dead-letters the article */
    public ExtractionEvents extract(ArticleReceived article) {
        Extraction extraction = extractor.extract(new ArticleText(article.title(), article.body()));
        String version = extractor.version();
        List<StatementExtracted> statements = new ArrayList<>();
        for (Statement statement : extraction.statements()) {
            statements.add(toEvent(article.id(), version, statements.size(), statement));
        }
        List<CommitmentExtracted> commitments = new ArrayList<>();
        for (Commitment commitment : extraction.commitments()) {
            commitments.add(toEvent(article.id(), version, commitments.size(), commitment));
        }
        ArticleProcessed outcome = new ArticleProcessed(ArticleProcessed.SCHEMA_VERSION,
                outcomeId(article, version, ArticleProcessed.EXTRACTED), article.id(), article.contentHash(), version,
                ArticleProcessed.EXTRACTED, null,
                statements.size(), commitments.size(),
                statements.stream().map(StatementExtracted::id).toList(),
                commitments.stream().map(CommitmentExtracted::id).toList(), clock.instant());
        return new ExtractionEvents(statements, commitments, outcome);
    }

    /** The outcome for an article the extractor could not process. */
    public ArticleProcessed failed(ArticleReceived article, Throwable reason) {
        String version = extractor.version();
        return new ArticleProcessed(ArticleProcessed.SCHEMA_VERSION, outcomeId(article, version, ArticleProcessed.FAILED),
                article.id(), article.contentHash(), version, ArticleProcessed.FAILED, describe(reason), 0, 0, List.of(), List.of(), clock.instant());
    }

    static String describe(Throwable reason) {
        String message = reason.getMessage();
        return reason.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The status is part of the id: a success after an earlier failure is a new event, not a duplicate. */
    private static String outcomeId(ArticleReceived article, String version, String status) {
        return EventIds.of("processed", article.id(), version, article.contentHash(), status);
    }

    private static StatementExtracted toEvent(String articleId, String version, int ordinal, Statement s) {
        return new StatementExtracted(StatementExtracted.SCHEMA_VERSION,
                EventIds.of("statement", articleId, version, ordinal, s.quoteStart(), s.quoteEnd()),
                articleId, speaker(s.speaker()), s.quote(), s.quoteStart(), s.quoteEnd(), s.direct(),
                s.reportingVerb(), evidence(s.evidence()), version);
    }

    private static CommitmentExtracted toEvent(String articleId, String version, int ordinal, Commitment c) {
        return new CommitmentExtracted(CommitmentExtracted.SCHEMA_VERSION,
                EventIds.of("commitment", articleId, version, ordinal, c.evidence().start(), c.evidence().end()),
                articleId, c.actors().stream().map(ArticleExtraction::actor).toList(), speaker(c.speaker()),
                c.action(), actor(c.beneficiary()), c.conditions(), c.modality().name(), c.category().name(),
                c.amounts().stream().map(a -> new Amount(a.value(), a.unit(), a.text())).toList(),
                c.timeFrame(), evidence(c.evidence()), version);
    }

    private static Speaker speaker(org.pledgewatch.extractor.Speaker s) {
        return s == null ? null : new Speaker(s.id(), s.name(), s.type().name(), s.role(), s.country());
    }

    private static Actor actor(org.pledgewatch.extractor.Actor a) {
        return a == null ? null : new Actor(a.id(), a.name(), a.type().name(), a.country());
    }

    private static Evidence evidence(org.pledgewatch.extractor.Evidence e) {
        return new Evidence(e.text(), e.start(), e.end());
    }
}
