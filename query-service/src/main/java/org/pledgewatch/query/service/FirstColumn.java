package org.pledgewatch.query.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.query.model.RawJson;

/** The first column of a query's rows, with text parameters bound in order. */
final class FirstColumn {

    private FirstColumn() {
    }

    static List<String> strings(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setString(i + 1, params[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    /** Stored payloads, served as they are (see {@link RawJson}). */
    static List<RawJson> payloads(Connection c, String sql, String... params) throws SQLException {
        return strings(c, sql, params).stream().map(RawJson::new).toList();
    }
}
