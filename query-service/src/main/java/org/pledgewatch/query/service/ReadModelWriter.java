package org.pledgewatch.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;

/**
 * Folds events into the read model. Each fold is one transaction: the event id goes into the ledger and
 * the read model changes together, or neither does, so redelivery is harmless.
 */
@ApplicationScoped
public class ReadModelWriter {

    private final AgroalDataSource dataSource;
    private final EventLedger ledger;
    private final ActorRegistry actors;
    private final ObjectMapper mapper;

    public ReadModelWriter(AgroalDataSource dataSource, EventLedger ledger, ActorRegistry actors, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.actors = actors;
        this.mapper = mapper;
    }

    @Transactional
    public boolean article(String eventId, Instant eventTime, ArticleReceived a) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!ledger.firstTime(c, eventId, Topics.ARTICLES)) {
                return false;
            }
            // A new content for a known article (same URL, edited body) is RECEIVED again until its
            // own outcome arrives; the same content keeps the outcome it already has, whatever came first.
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into articles (id, title, url, source, body, published_at, received_at, content_hash,
                        folded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                    on conflict (id) do update set title = excluded.title, url = excluded.url,
                        folded_at = excluded.folded_at,
                        source = excluded.source, body = excluded.body, published_at = excluded.published_at,
                        received_at = excluded.received_at, content_hash = excluded.content_hash,
                        status = case when articles.processed_hash = excluded.content_hash then articles.status
                                      else 'RECEIVED' end
                    """)) {
                upsert.setString(1, a.id());
                upsert.setString(2, a.title());
                upsert.setString(3, a.url());
                upsert.setString(4, a.source());
                upsert.setString(5, a.body());
                upsert.setTimestamp(6, timestamp(a.publishedAt()));
                upsert.setTimestamp(7, timestamp(a.receivedAt()));
                upsert.setString(8, a.contentHash());
                upsert.executeUpdate();
            }
            // items folded before their article were listed under their fold time until now
            for (String table : new String[] {"statements", "commitments"}) {
                try (PreparedStatement date = c.prepareStatement(
                        "update " + table + " set article_date = coalesce(?::timestamptz, ?::timestamptz) where article_id = ?")) {
                    date.setTimestamp(1, timestamp(a.publishedAt()));
                    date.setTimestamp(2, timestamp(a.receivedAt()));
                    date.setString(3, a.id());
                    date.executeUpdate();
                }
            }
            return true;
        }
    }

    @Transactional
    public boolean statement(String eventId, Instant extractedAt, StatementExtracted s) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (isStale(c, "statement_ids", s.articleId(), s.id(), extractedAt)
                    || !ledger.firstTime(c, eventId, Topics.STATEMENTS)) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into statements (id, article_id, extractor_version, speaker_id, speaker_name, direct,
                        quote_start, payload, speaker_key, extracted_at, article_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, coalesce(?, now()))
                    on conflict (id) do nothing
                    """)) {
                insert.setString(1, s.id());
                insert.setString(2, s.articleId());
                insert.setString(3, s.extractorVersion());
                insert.setString(4, s.speaker() == null ? null : s.speaker().id());
                insert.setString(5, s.speaker() == null ? null : s.speaker().name());
                insert.setBoolean(6, s.direct());
                insert.setInt(7, s.quoteStart());
                insert.setString(8, payload(s));
                insert.setString(9, s.speaker() == null ? null : Names.fold(s.speaker().name()));
                insert.setTimestamp(10, timestamp(extractedAt));
                insert.setTimestamp(11, articleDate(c, s.articleId()));
                insert.executeUpdate();
            }
            if (s.speaker() != null) {
                actors.remember(c, s.speaker().id(), s.speaker().name(), s.speaker().type(), s.speaker().role(),
                        s.speaker().country());
            }
            return true;
        }
    }

    @Transactional
    public boolean commitment(String eventId, Instant extractedAt, CommitmentExtracted m) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (isStale(c, "commitment_ids", m.articleId(), m.id(), extractedAt)
                    || !ledger.firstTime(c, eventId, Topics.COMMITMENTS)) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into commitments (id, article_id, extractor_version, modality, category, evidence_start,
                        payload, actor_ids, beneficiary_id, speaker_id, extracted_at, article_date)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, coalesce(?, now()))
                    on conflict (id) do nothing
                    """)) {
                insert.setString(1, m.id());
                insert.setString(2, m.articleId());
                insert.setString(3, m.extractorVersion());
                insert.setString(4, m.modality());
                insert.setString(5, m.category());
                insert.setInt(6, m.evidence() == null ? 0 : m.evidence().start());
                insert.setString(7, payload(m));
                insert.setArray(8, c.createArrayOf("text", m.actors().stream().map(Actor::id).toArray(String[]::new)));
                insert.setString(9, m.beneficiary() == null ? null : m.beneficiary().id());
                insert.setString(10, m.speaker() == null ? null : m.speaker().id());
                insert.setTimestamp(11, timestamp(extractedAt));
                insert.setTimestamp(12, articleDate(c, m.articleId()));
                insert.executeUpdate();
            }
            for (Actor actor : m.actors()) {
                actors.remember(c, actor.id(), actor.name(), actor.type(), null, actor.country());
            }
            if (m.beneficiary() != null) {
                Actor b = m.beneficiary();
                actors.remember(c, b.id(), b.name(), b.type(), null, b.country());
            }
            if (m.speaker() != null) {
                actors.remember(c, m.speaker().id(), m.speaker().name(), m.speaker().type(), m.speaker().role(),
                        m.speaker().country());
            }
            return true;
        }
    }

    /**
     * Records the outcome and makes the article's items exactly the ones this extraction produced: items
     * of an earlier extractor version or content are removed, so re-extraction replaces, never doubles.
     */
    @Transactional
    public boolean outcome(String eventId, Instant eventTime, ArticleProcessed p) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!ledger.firstTime(c, eventId, Topics.EXTRACTIONS)) {
                return false;
            }
            if (isOlderThanCurrent(c, p)) {
                return true;
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into articles (id, status, processed_hash, extractor_version, failure_reason,
                        statement_count, commitment_count, processed_at, statement_ids, commitment_ids, folded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                    on conflict (id) do update set status = excluded.status, folded_at = excluded.folded_at,
                        processed_hash = excluded.processed_hash, extractor_version = excluded.extractor_version,
                        failure_reason = excluded.failure_reason, statement_count = excluded.statement_count,
                        commitment_count = excluded.commitment_count, processed_at = excluded.processed_at,
                        statement_ids = excluded.statement_ids, commitment_ids = excluded.commitment_ids
                    """)) {
                upsert.setString(1, p.articleId());
                upsert.setString(2, p.status());
                upsert.setString(3, p.contentHash());
                upsert.setString(4, p.extractorVersion());
                upsert.setString(5, p.reason());
                upsert.setInt(6, p.statementCount());
                upsert.setInt(7, p.commitmentCount());
                upsert.setTimestamp(8, timestamp(p.processedAt()));
                upsert.setArray(9, c.createArrayOf("text", p.statementIds().toArray(String[]::new)));
                upsert.setArray(10, c.createArrayOf("text", p.commitmentIds().toArray(String[]::new)));
                upsert.executeUpdate();
            }
            keepOnly(c, "statements", p, p.statementIds().toArray(String[]::new));
            keepOnly(c, "commitments", p, p.commitmentIds().toArray(String[]::new));
            return true;
        }
    }

    /**
     * The date an item is listed under: its article's, or null (then the fold time) if the article has not
     * arrived. The upsert locks the article's row until this fold commits, so an article folded at the same
     * moment by the other consumer waits, and its update of its items' dates then sees this item: without
     * the lock both could miss each other and the item would keep the fold time. The article's
     * {@code folded_at} becomes now: one of its items just changed.
     */
    private static Timestamp articleDate(Connection c, String articleId) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("insert into articles (id, folded_at) values (?, clock_timestamp())"
                + " on conflict (id) do update set folded_at = excluded.folded_at"
                + " returning coalesce(published_at, received_at)")) {
            upsert.setString(1, articleId);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    /** An outcome older than the one already folded (a late arrival) changes nothing. */
    private static boolean isOlderThanCurrent(Connection c, ArticleProcessed p) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select 1 from articles where id = ? and processed_at > ?")) {
            select.setString(1, p.articleId());
            select.setTimestamp(2, timestamp(p.processedAt()));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * An item is stale when its article's current outcome is newer than the item's extraction and does not
     * name it: it belongs to an extraction that was replaced. It is not recorded in the ledger, so that the
     * same item id from the current extraction is still folded when it comes.
     */
    private static boolean isStale(Connection c, String idsColumn, String articleId, String itemId,
                                   Instant extractedAt) throws SQLException {
        if (extractedAt == null) {
            return false;
        }
        try (PreparedStatement select = c.prepareStatement("select 1 from articles where id = ? and processed_at > ?"
                + " and not (? = any (coalesce(" + idsColumn + ", '{}')))")) {
            select.setString(1, articleId);
            select.setTimestamp(2, Timestamp.from(extractedAt));
            select.setString(3, itemId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Removes the article's items that this outcome does not name and that are not newer than it: those of
     * an earlier extraction. Items of a newer extraction, folded before their own outcome, stay.
     */
    private static void keepOnly(Connection c, String table, ArticleProcessed outcome, String[] ids)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id = ?"
                + " and not (id = any (?)) and (extracted_at is null or extracted_at <= ?)")) {
            delete.setString(1, outcome.articleId());
            delete.setArray(2, c.createArrayOf("text", ids));
            delete.setTimestamp(3, timestamp(outcome.processedAt()));
            delete.executeUpdate();
        }
    }

    /** The item as the REST API serves it: the event without its envelope version. */
    private String payload(Object event) {
        ObjectNode node = mapper.valueToTree(event);
        node.remove("schemaVersion");
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event tree always serializes", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
