package org.pledgewatch.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.query.service.ReadModelWriter;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/**
 * The batch path of the fold, driven directly (the topics deliver batches of whatever one poll returns,
 * which a test cannot pin down): a batch is one transaction, duplicates inside it are recognised, events of
 * one article see each other's writes, and a batch that fails after writing part of itself leaves nothing
 * behind and is folded whole on the retry.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BatchFoldTest {

    /** Every id of a test starts with it; the rows are removed afterwards (see {@link #removeRows()}). */
    private final String run = "batch-fold-" + UUID.randomUUID();

    @Inject
    EventFolder folder;
    @Inject
    ReadModelWriter writer;
    @Inject
    ObjectMapper mapper;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;

    /**
     * These tests write the read model directly, not through the topics: their rows must not outlive them, or
     * RebuildReadModelTest (which replays the topics and compares) would find rows no topic explains.
     */
    @AfterEach
    void removeRows() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("commitments", "articles", "processed_events", "actors")) {
                String column = table.equals("processed_events") ? "event_id" : "id";
                try (PreparedStatement delete = c.prepareStatement(
                        "delete from " + table + " where " + column + " like ?")) {
                    delete.setString(1, run + "%");
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void aBatchWithADuplicateAndSeveralEventsOfOneArticle() throws Exception {
        CommitmentExtracted first = commitment(run + "-c1", run + "-a");
        CommitmentExtracted second = commitment(run + "-c2", run + "-a");
        CommitmentExtracted other = commitment(run + "-c3", run + "-b");
        double folded = counter("folded");
        double duplicates = counter("duplicate");
        AtomicInteger acks = new AtomicInteger();

        folder.fold(Topics.COMMITMENTS, records(first, second, first, other), () -> ack(acks),
                CommitmentExtracted.class, CommitmentExtracted::id, writer::commitments).toCompletableFuture().join();

        assertEquals(1, acks.get(), "the batch is acknowledged once, after its transaction");
        assertEquals(3, counter("folded") - folded);
        assertEquals(1, counter("duplicate") - duplicates);
        assertEquals(List.of(first.id(), second.id()), ids("select id from commitments where article_id = ? order by id", run + "-a"));
        assertEquals(List.of(other.id()), ids("select id from commitments where article_id = ? order by id", run + "-b"));
        assertEquals(1, ids("select event_id from processed_events where event_id = ?", first.id()).size());
    }

    @Test
    void outcomesOfOneArticleInOneBatchApplyInOrder() throws Exception {
        String article = run + "-a";
        CommitmentExtracted old = commitment(run + "-old", article);
        CommitmentExtracted current = commitment(run + "-new", article);
        folder.fold(Topics.COMMITMENTS, records(old, current), () -> CompletableFuture.completedFuture(null),
                CommitmentExtracted.class, CommitmentExtracted::id, writer::commitments).toCompletableFuture().join();
        Instant now = Instant.now();
        ArticleProcessed older = outcome(run + "-p1", article, "v1", old.id(), now.minusSeconds(60));
        ArticleProcessed newer = outcome(run + "-p2", article, "v2", current.id(), now);

        // the newer outcome first, then the older one, in the same batch: the older changes nothing
        folder.fold(Topics.EXTRACTIONS, records(newer, older), () -> CompletableFuture.completedFuture(null),
                ArticleProcessed.class, ArticleProcessed::id, writer::outcomes).toCompletableFuture().join();

        assertEquals(List.of(current.id()), ids("select id from commitments where article_id = ?", article));
        assertEquals(List.of("v2"), ids("select extractor_version from articles where id = ?", article));
    }

    @Test
    void aBatchThatFailsMidWayIsRolledBackWhollyAndFoldedWholeOnTheRetry() throws Exception {
        CommitmentExtracted first = commitment(run + "-c1", run + "-a");
        CommitmentExtracted second = commitment(run + "-c2", run + "-b");
        double folded = counter("folded");
        double duplicates = counter("duplicate");
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger acks = new AtomicInteger();
        List<Boolean> retried = new ArrayList<>();

        folder.fold(Topics.COMMITMENTS, records(first, second), () -> ack(acks), CommitmentExtracted.class,
                CommitmentExtracted::id, events -> {
                    if (attempts.incrementAndGet() == 1) {
                        // the whole batch is written, then the transaction fails (as at a lost connection)
                        return QuarkusTransaction.requiringNew().call(() -> {
                            writer.commitments(events);
                            throw new SQLException("injected failure after the batch's writes");
                        });
                    }
                    List<Boolean> changed = writer.commitments(events);
                    retried.addAll(changed);
                    return changed;
                }).toCompletableFuture().join();

        assertEquals(2, attempts.get());
        assertEquals(1, acks.get(), "acknowledged once, after the retry committed");
        assertEquals(List.of(true, true), retried, "the failed attempt left no ledger entry behind");
        assertEquals(2, counter("folded") - folded);
        assertEquals(0, counter("duplicate") - duplicates);
        assertEquals(List.of(first.id()), ids("select id from commitments where article_id = ?", run + "-a"));
        assertEquals(List.of(second.id()), ids("select id from commitments where article_id = ?", run + "-b"));
    }

    @Test
    void anEventPostgresCannotStoreIsSkippedAndTheRestOfItsBatchFolded() throws Exception {
        CommitmentExtracted before = commitment(run + "-c1", run + "-a");
        // a foreign producer's event: U+0000 fits in JSON but in no PostgreSQL text or jsonb value
        CommitmentExtracted poison = commitment(run + "-c2", run + "-a", "send \u0000 systems");
        CommitmentExtracted after = commitment(run + "-c3", run + "-b");
        double folded = counter("folded");
        double unfoldable = counter("unfoldable");
        AtomicInteger acks = new AtomicInteger();

        folder.fold(Topics.COMMITMENTS, records(before, poison, after), () -> ack(acks), CommitmentExtracted.class,
                CommitmentExtracted::id, writer::commitments).toCompletableFuture().join();

        assertEquals(1, acks.get(), "the batch is acknowledged: the partition moves on");
        assertEquals(1, counter("unfoldable") - unfoldable);
        assertEquals(2, counter("folded") - folded);
        assertEquals(List.of(before.id()), ids("select id from commitments where article_id = ?", run + "-a"));
        assertEquals(List.of(after.id()), ids("select id from commitments where article_id = ?", run + "-b"));
    }

    private CompletableFuture<Void> ack(AtomicInteger acks) {
        acks.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    private List<Message<String>> records(Object... events) throws Exception {
        List<Message<String>> records = new ArrayList<>();
        for (Object event : events) {
            records.add(Message.of(mapper.writeValueAsString(event)));
        }
        return records;
    }

    private CommitmentExtracted commitment(String id, String articleId) {
        return commitment(id, articleId, "send air defence systems");
    }

    private CommitmentExtracted commitment(String id, String articleId, String action) {
        return new CommitmentExtracted(1, id, articleId, List.of(new Actor(run + "-GBR", "United Kingdom", "COUNTRY", "GBR")),
                null, action, new Actor(run + "-UKR", "Ukraine", "COUNTRY", "UKR"), List.of(), "FIRM",
                "MILITARY", List.of(), null, new Evidence(action, 0, action.length()), "v1");
    }

    private static ArticleProcessed outcome(String id, String articleId, String version, String commitmentId,
                                            Instant processedAt) {
        return new ArticleProcessed(1, id, articleId, "sha256:" + version, version, ArticleProcessed.EXTRACTED, null,
                0, 1, List.of(), List.of(commitmentId), processedAt);
    }

    private double counter(String outcome) {
        var counter = metrics.find("pledgewatch.events.folded").tag("topic", Topics.COMMITMENTS)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<String> ids(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }
}
