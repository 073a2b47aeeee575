package org.pledgewatch.query.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.query.model.RawJson;

/** Cross-article lists of statements and commitments: filtered, newest first, keyset-paginated. */
@ApplicationScoped
public class ItemQueries {

    /** The two kinds of items; each has the same list/stream columns. */
    public enum Kind {
        STATEMENTS("statements"), COMMITMENTS("commitments");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** An item as served, with the keys a caller can resume from. */
    public record Item(RawJson json, Cursor position, long seq) {
    }

    /** A page of items and the position after its last one, if there may be more. */
    public record Slice(List<Item> items, Cursor next) {
    }

    private final AgroalDataSource dataSource;

    public ItemQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param after  the position of the last item already seen, or null for the first page
     * @param oldestFirst  ascending date order instead of the default newest first
     */
    public Slice list(Kind kind, ItemFilter filter, Cursor after, int limit, boolean oldestFirst) throws SQLException {
        SqlWhere where = where(kind, filter);
        if (after != null) {
            where.and(oldestFirst ? "(article_date, id) > (?, ?)" : "(article_date, id) < (?, ?)",
                    Timestamp.from(after.date()), after.id());
        }
        String order = oldestFirst ? "article_date asc, id asc" : "article_date desc, id desc";
        List<Item> items = select(kind, where, order, limit + 1);
        if (items.size() <= limit) {
            return new Slice(items, null);
        }
        List<Item> page = items.subList(0, limit);
        return new Slice(List.copyOf(page), page.get(limit - 1).position());
    }

    /** Items folded after {@code seq}, in the order they were folded: what a live stream sends next. */
    public List<Item> after(Kind kind, ItemFilter filter, long seq, int limit) throws SQLException {
        SqlWhere where = where(kind, filter).and("seq > ?", seq);
        return select(kind, where, "seq asc", limit);
    }

    /** The newest seq folded so far; a new stream without Last-Event-ID starts after it. */
    public long lastSeq(Kind kind) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select coalesce(max(seq), 0) from " + kind.table);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static SqlWhere where(Kind kind, ItemFilter filter) {
        return kind == Kind.COMMITMENTS ? filter.commitmentWhere() : filter.statementWhere();
    }

    private List<Item> select(Kind kind, SqlWhere where, String order, int limit) throws SQLException {
        String sql = "select payload, article_date, id, seq from " + kind.table + where.sql()
                + " order by " + order + " limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setInt(where.bind(select), limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Item> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(new Item(new RawJson(rows.getString(1)),
                            new Cursor(rows.getTimestamp(2).toInstant(), rows.getString(3)), rows.getLong(4)));
                }
                return items;
            }
        }
    }
}
