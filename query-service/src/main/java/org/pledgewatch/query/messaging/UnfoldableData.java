package org.pledgewatch.query.messaging;

import java.sql.SQLException;

/**
 * Tells a failure PostgreSQL will repeat for the same event whatever happens — the data itself is refused —
 * from one that passes (the database restarting, a lost connection, a lock timeout, a serialization
 * failure). Refused: SQLSTATE class 22 "data exception" (a U+0000 in a text or jsonb value, a number or
 * date out of range) and class 54 "program limit exceeded" (a value too large for an index). The topics
 * are a public contract and any producer can write to them, so such an event can arrive even though our
 * own ingest refuses NUL characters.
 */
final class UnfoldableData {
    private UnfoldableData() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("54"))) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
