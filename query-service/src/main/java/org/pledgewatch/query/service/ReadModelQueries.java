package org.pledgewatch.query.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgewatch.query.model.ArticleStatus;
import org.pledgewatch.query.model.ArticleView;
import org.pledgewatch.query.model.RawJson;

/** Reads the per-article read model. Items are served exactly as the extractor produced them. */
@ApplicationScoped
public class ReadModelQueries {

    private final AgroalDataSource dataSource;

    public ReadModelQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Each topic is folded by its own consumer, so an outcome can be folded before the items it names. An
     * article is shown EXTRACTED only once all of them are in, so that a reader who sees EXTRACTED can list
     * them; until then it is still RECEIVED.
     */
    private static final String ARTICLE_COLUMNS = """
            select id, title, url, source, published_at, received_at, content_hash,
                   case when status = 'EXTRACTED' and (
                           (select count(*) from statements s where s.article_id = a.id) < statement_count
                        or (select count(*) from commitments c where c.article_id = a.id) < commitment_count)
                        then 'RECEIVED' else status end as status,
                   extractor_version, failure_reason, statement_count, commitment_count, processed_at,
                   greatest(folded_at, (select max(s.folded_at) from statements s where s.article_id = a.id),
                            (select max(c.folded_at) from commitments c where c.article_id = a.id)) as folded_at,
                   body
            from articles a""";

    /** Only articles whose {@code articles} event has arrived exist for readers (body known). */
    public Optional<ArticleView> article(String id) throws SQLException {
        List<ArticleView> found = articles(new SqlWhere().and("body is not null").and("id = ?", id), "id", 1);
        return found.stream().findFirst();
    }

    /** Articles newest received first, after {@code after} when given. */
    public List<ArticleView> articles(ArticleStatus status, String source, Cursor after, int limit) throws SQLException {
        SqlWhere where = new SqlWhere().and("body is not null");
        if (status != null) {
            where.and("status = ?", status.name());
        }
        if (source != null) {
            where.and("source = ?", source);
        }
        if (after != null) {
            where.and("(received_at, id) < (?, ?)", Timestamp.from(after.date()), after.id());
        }
        return articles(where, "received_at desc, id desc", limit);
    }

    private List<ArticleView> articles(SqlWhere where, String order, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(ARTICLE_COLUMNS + where.sql() + " order by " + order
                     + " limit ?")) {
            select.setInt(where.bind(select), limit);
            try (ResultSet row = select.executeQuery()) {
                List<ArticleView> articles = new ArrayList<>();
                while (row.next()) {
                    articles.add(new ArticleView(row.getString("id"), row.getString("title"), row.getString("url"),
                            row.getString("source"), instant(row.getTimestamp("published_at")),
                            instant(row.getTimestamp("received_at")), row.getString("content_hash"),
                            ArticleStatus.valueOf(row.getString("status")), row.getString("extractor_version"),
                            row.getString("failure_reason"), (Integer) row.getObject("statement_count"),
                            (Integer) row.getObject("commitment_count"), instant(row.getTimestamp("processed_at")),
                            instant(row.getTimestamp("folded_at")), row.getString("body")));
                }
                return articles;
            }
        }
    }

    public List<RawJson> statementsOf(String articleId) throws SQLException {
        return payloads("select payload from statements where article_id = ? order by quote_start, id", articleId);
    }

    public List<RawJson> commitmentsOf(String articleId) throws SQLException {
        return payloads("select payload from commitments where article_id = ? order by evidence_start, id", articleId);
    }

    private List<RawJson> payloads(String sql, String articleId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return FirstColumn.payloads(c, sql, articleId);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
