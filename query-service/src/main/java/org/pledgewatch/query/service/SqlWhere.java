package org.pledgewatch.query.service;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from optional filters. Values are always bound as parameters, never spliced into
 * the SQL, so no filter value can change the query.
 */
final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    SqlWhere and(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object param : params) {
            if (param instanceof String[] array) {
                statement.setArray(index++, statement.getConnection().createArrayOf("text", array));
            } else {
                statement.setObject(index++, param);
            }
        }
        return index;
    }
}
