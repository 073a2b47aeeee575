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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;

/**
 * Folds events into the read model, a batch of one topic's records at a time, in ONE transaction: every
 * event id goes into the ledger together with its read-model change, or none does, so redelivery (of the
 * whole batch, or of a duplicate inside it) is harmless. Events are folded one after the other in record
 * order, each seeing what the previous ones wrote, with the same rules as if each had its own transaction.
 *
 * <p>Locks: a batch first locks the rows of all its articles in id order (exclusively for articles and
 * outcomes, shared for statements and commitments, which then run side by side), and writes the actors it
 * saw at its end, in id order. Every consumer's transaction takes its locks in that same order (articles,
 * then actors), so concurrent batches of different topics wait for each other but never deadlock.
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

    /** One record of a batch: its {@code ce_id}, its {@code ce_time} (for items, when their extraction ran; or null), its payload. */
    public record Event<T>(String id, Instant time, T payload) {
    }

    /** Whether each event changed the read model (false for a redelivery or a stale item), in batch order. */
    @Transactional(rollbackOn = Exception.class)
    public List<Boolean> articles(List<Event<ArticleReceived>> events) throws SQLException {
        return events.isEmpty() ? List.of() : foldArticles(events);
    }

    @Transactional(rollbackOn = Exception.class)
    public List<Boolean> statements(List<Event<StatementExtracted>> events) throws SQLException {
        return foldItems(events, statementItems);
    }

    @Transactional(rollbackOn = Exception.class)
    public List<Boolean> commitments(List<Event<CommitmentExtracted>> events) throws SQLException {
        return foldItems(events, commitmentItems);
    }

    @Transactional(rollbackOn = Exception.class)
    public List<Boolean> outcomes(List<Event<ArticleProcessed>> events) throws SQLException {
        return events.isEmpty() ? List.of() : foldOutcomes(events);
    }

    /**
     * What differs between statements and commitments: their table, the outcome column naming them, the row
     * they insert and the actors they mention.
     */
    private record Items<T>(String topic, String table, String idsColumn, Function<T, String> itemId,
                            Function<T, String> articleId, String insert, Row<T> row,
                            BiConsumer<ActorRegistry.Updates, T> mentions) {
    }

    @FunctionalInterface
    private interface Row<T> {
        /** Binds the item's insert; {@code articleDate} is the article's date, or null if it has not arrived. */
        void bind(PreparedStatement insert, Connection c, T item, Instant extractedAt, Timestamp articleDate)
                throws SQLException;
    }

    private final Items<StatementExtracted> statementItems = new Items<>(Topics.STATEMENTS, "statements", "statement_ids",
            StatementExtracted::id, StatementExtracted::articleId, """
            insert into statements (id, article_id, extractor_version, speaker_id, speaker_name, direct,
                quote_start, payload, speaker_key, extracted_at, article_date)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, coalesce(?, now()))
            on conflict (id) do nothing
            """, (insert, c, s, extractedAt, articleDate) -> {
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
                insert.setTimestamp(11, articleDate);
            }, (actors, s) -> {
                if (s.speaker() != null) {
                    actors.remember(s.speaker().id(), s.speaker().name(), s.speaker().type(), s.speaker().role(),
                            s.speaker().country());
                }
            });

    private final Items<CommitmentExtracted> commitmentItems = new Items<>(Topics.COMMITMENTS, "commitments",
            "commitment_ids", CommitmentExtracted::id, CommitmentExtracted::articleId, """
            insert into commitments (id, article_id, extractor_version, modality, category, evidence_start,
                payload, actor_ids, beneficiary_id, speaker_id, extracted_at, article_date)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, coalesce(?, now()))
            on conflict (id) do nothing
            """, (insert, c, m, extractedAt, articleDate) -> {
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
                insert.setTimestamp(12, articleDate);
            }, (actors, m) -> {
                for (Actor actor : m.actors()) {
                    actors.remember(actor.id(), actor.name(), actor.type(), null, actor.country());
                }
                if (m.beneficiary() != null) {
                    Actor b = m.beneficiary();
                    actors.remember(b.id(), b.name(), b.type(), null, b.country());
                }
                if (m.speaker() != null) {
                    actors.remember(m.speaker().id(), m.speaker().name(), m.speaker().type(), m.speaker().role(),
                            m.speaker().country());
                }
            });

    /**
     * Statements and commitments, most of the events, in a few statements per batch rather than a few per item,
     * with the same outcome as folding them one by one: an item is skipped when it is stale (its article's
     * current outcome is newer than the item's extraction and does not name it: nothing is recorded for it,
     * so the same item of the current extraction is still folded when it comes), else when the ledger already
     * has its event id (an earlier batch, or earlier in this one), else inserted under its article's date (the
     * fold time if the article has not arrived), stamped with its fold time ({@code folded_at}).
     *
     * <p>The batch holds a SHARE lock on its articles' rows (see {@link #shareArticles}; an exclusive one when
     * it brings articles not seen yet): a statements batch and a commitments batch of the same articles run
     * side by side, while an article or an outcome of one of them (which lock it exclusively) waits for both,
     * and they for it. So nothing can change the
     * articles' outcome or date during the batch, and deciding staleness and reading dates once, before the
     * inserts, is what deciding them item by item would give.
     */
    private <T> List<Boolean> foldItems(List<Event<T>> events, Items<T> items) throws SQLException {
        List<Boolean> changed = new ArrayList<>(Collections.nCopies(events.size(), false));
        if (events.isEmpty()) {
            return changed;
        }
        try (Connection c = dataSource.getConnection()) {
            List<String> articleIds = events.stream().map(e -> items.articleId().apply(e.payload())).toList();
            Map<String, ArticleRow> articles = allExist(c, articleIds)
                    ? shareArticles(c, articleIds, items.idsColumn())
                    : lockArticles(c, articleIds, items.idsColumn());
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                T item = events.get(i).payload();
                if (!articles.get(items.articleId().apply(item)).replaces(items.itemId().apply(item), events.get(i).time())) {
                    candidates.add(i);
                }
            }
            boolean[] firstTime = ledger.firstTimes(c, candidates.stream().map(i -> events.get(i).id()).toList(),
                    items.topic());
            ActorRegistry.Updates mentioned = actors.updates();
            boolean inserted = false;
            try (PreparedStatement insert = c.prepareStatement(items.insert())) {
                for (int k = 0; k < candidates.size(); k++) {
                    if (!firstTime[k]) {
                        continue;
                    }
                    int i = candidates.get(k);
                    T item = events.get(i).payload();
                    items.row().bind(insert, c, item, events.get(i).time(),
                            articles.get(items.articleId().apply(item)).date());
                    insert.addBatch();
                    items.mentions().accept(mentioned, item);
                    changed.set(i, true);
                    inserted = true;
                }
                if (inserted) {
                    insert.executeBatch();
                }
            }
            mentioned.write(c);
            return changed;
        }
    }

    /**
     * An article row as a batch sees it under its lock: the article's date (publication, else receipt; null
     * until it arrives), its current outcome's time, and the items of one kind that outcome names.
     */
    private record ArticleRow(Timestamp date, Instant processedAt, Set<String> named) {
        /** Whether an item extracted at {@code extractedAt} belongs to an extraction the current outcome replaced. */
        boolean replaces(String itemId, Instant extractedAt) {
            return extractedAt != null && processedAt != null && processedAt.isAfter(micros(extractedAt))
                    && !named.contains(itemId);
        }
    }

    /** Whether every article of the batch has a row already (rows are never deleted). */
    private static boolean allExist(Connection c, List<String> articleIds) throws SQLException {
        Set<String> distinct = new HashSet<>(articleIds);
        try (PreparedStatement count = c.prepareStatement("select count(*) from articles where id = any (?)")) {
            count.setArray(1, c.createArrayOf("text", distinct.toArray(String[]::new)));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1) == distinct.size();
            }
        }
    }

    /**
     * Takes a SHARE lock on the batch's article rows, all of which exist, in id order, until the batch
     * commits: a statements batch and a commitments batch of the same articles run side by side, while an
     * article or an outcome batch (which lock exclusively, {@link #lockArticles}, in the same order) waits for
     * them and they for it. When a batch has articles not seen yet, it creates and locks them exclusively
     * instead: creating a row under a share lock taken before would lock out of order.
     */
    private static Map<String, ArticleRow> shareArticles(Connection c, List<String> articleIds, String idsColumn)
            throws SQLException {
        try (PreparedStatement share = c.prepareStatement("""
                select id, coalesce(published_at, received_at), processed_at, coalesce(%s, '{}')
                from articles where id = any (?) order by id for share
                """.formatted(idsColumn))) {
            share.setArray(1, c.createArrayOf("text", new HashSet<>(articleIds).toArray(String[]::new)));
            try (ResultSet rows = share.executeQuery()) {
                return articleRows(rows);
            }
        }
    }

    private static Map<String, ArticleRow> articleRows(ResultSet rows) throws SQLException {
        Map<String, ArticleRow> articles = new HashMap<>();
        while (rows.next()) {
            Timestamp processedAt = rows.getTimestamp(3);
            articles.put(rows.getString(1), new ArticleRow(rows.getTimestamp(2),
                    processedAt == null ? null : processedAt.toInstant(),
                    new HashSet<>(Arrays.asList((String[]) rows.getArray(4).getArray()))));
        }
        return articles;
    }

    /**
     * Locks the batch's article rows (creating the ones not seen yet, as their first item or event would), in
     * id order, exclusively, until the batch commits (articles and outcomes batches; item batches share them,
     * see {@link #shareArticles}), and returns each one's date and outcome time as they were then (only the
     * batch itself can change them until it commits). Every consumer locks its batch's articles first and in
     * this order, so batches of different topics wait for each other but never deadlock.
     */
    private static Map<String, ArticleRow> lockArticles(Connection c, List<String> articleIds, String idsColumn)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("""
                insert into articles (id) select distinct id from unnest(?::text[]) as batch(id) where id is not null
                order by id
                on conflict (id) do update set id = excluded.id
                returning id, coalesce(published_at, received_at), processed_at, coalesce(%s, '{}')
                """.formatted(idsColumn == null ? "null::text[]" : idsColumn))) {
            lock.setArray(1, c.createArrayOf("text", articleIds.toArray(String[]::new)));
            try (ResultSet rows = lock.executeQuery()) {
                return articleRows(rows);
            }
        }
    }

    /**
     * Articles: the ledger for the whole batch, then, for the first-time ones in batch order, the upsert of the
     * article and the update of its items' dates (items folded before their article were listed under their
     * fold time until now), each kind as one JDBC batch. Running all upserts before all date updates ends in
     * the same state as alternating them: neither reads what the other writes, and a later event of the same
     * article still writes after an earlier one.
     */
    private List<Boolean> foldArticles(List<Event<ArticleReceived>> events) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            lockArticles(c, events.stream().map(e -> e.payload().id()).toList(), null);
            List<Boolean> changed = firstTimes(c, events, Topics.ARTICLES);
            List<ArticleReceived> folded = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (changed.get(i)) {
                    folded.add(events.get(i).payload());
                }
            }
            if (folded.isEmpty()) {
                return changed;
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
                for (ArticleReceived a : folded) {
                    upsert.setString(1, a.id());
                    upsert.setString(2, a.title());
                    upsert.setString(3, a.url());
                    upsert.setString(4, a.source());
                    upsert.setString(5, a.body());
                    upsert.setTimestamp(6, timestamp(a.publishedAt()));
                    upsert.setTimestamp(7, timestamp(a.receivedAt()));
                    upsert.setString(8, a.contentHash());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            for (String table : new String[] {"statements", "commitments"}) {
                try (PreparedStatement date = c.prepareStatement(
                        "update " + table + " set article_date = coalesce(?::timestamptz, ?::timestamptz) where article_id = ?")) {
                    for (ArticleReceived a : folded) {
                        date.setTimestamp(1, timestamp(a.publishedAt()));
                        date.setTimestamp(2, timestamp(a.receivedAt()));
                        date.setString(3, a.id());
                        date.addBatch();
                    }
                    date.executeBatch();
                }
            }
            return changed;
        }
    }

    /**
     * Outcomes: each records the extraction and makes the article's items exactly the ones it produced (items
     * of an earlier extractor version or content are removed, so re-extraction replaces, never doubles); an
     * outcome older than the one already folded (a late arrival) is recorded in the ledger and changes nothing.
     * Which outcomes apply is decided in batch order from the locked rows' {@code processed_at}, as one
     * outcome after the other would see it; the upserts and the removals then run as JDBC batches, in that
     * order.
     */
    private List<Boolean> foldOutcomes(List<Event<ArticleProcessed>> events) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<String, ArticleRow> locked = lockArticles(c, events.stream().map(e -> e.payload().articleId()).toList(), null);
            List<Boolean> changed = firstTimes(c, events, Topics.EXTRACTIONS);
            Map<String, Instant> current = new HashMap<>();
            locked.forEach((id, row) -> current.put(id, row.processedAt()));
            List<ArticleProcessed> applied = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                ArticleProcessed p = events.get(i).payload();
                Instant processedAt = p.processedAt() == null ? null : micros(p.processedAt());
                Instant latest = current.get(p.articleId());
                boolean older = latest != null && processedAt != null && latest.isAfter(processedAt);
                if (changed.get(i) && !older) {
                    applied.add(p);
                    current.put(p.articleId(), processedAt);
                }
            }
            if (applied.isEmpty()) {
                return changed;
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
                for (ArticleProcessed p : applied) {
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
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            keepOnly(c, "statements", applied, ArticleProcessed::statementIds);
            keepOnly(c, "commitments", applied, ArticleProcessed::commitmentIds);
            return changed;
        }
    }

    /** Records the batch's event ids in the ledger, in order: true for each one seen the first time. */
    private <T> List<Boolean> firstTimes(Connection c, List<Event<T>> events, String topic) throws SQLException {
        boolean[] first = ledger.firstTimes(c, events.stream().map(Event::id).toList(), topic);
        List<Boolean> changed = new ArrayList<>(first.length);
        for (boolean f : first) {
            changed.add(f);
        }
        return changed;
    }

    /**
     * Removes, for each outcome in turn, the article's items it does not name and that are not newer than it:
     * those of an earlier extraction. Items of a newer extraction, folded before their own outcome, stay.
     */
    private static void keepOnly(Connection c, String table, List<ArticleProcessed> outcomes,
                                 Function<ArticleProcessed, List<String>> named) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id = ?"
                + " and not (id = any (?)) and (extracted_at is null or extracted_at <= ?)")) {
            for (ArticleProcessed outcome : outcomes) {
                delete.setString(1, outcome.articleId());
                delete.setArray(2, c.createArrayOf("text", named.apply(outcome).toArray(String[]::new)));
                delete.setTimestamp(3, timestamp(outcome.processedAt()));
                delete.addBatch();
            }
            delete.executeBatch();
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

    /** As PostgreSQL stores it (and the driver sends it): rounded to the microsecond. */
    private static Instant micros(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
