package org.pledgewatch.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Remembers which events were folded; must be called inside the read-model write's transaction. */
@ApplicationScoped
public class EventLedger {

    /** @return true the first time an event id is seen, false for a redelivery */
    public boolean firstTime(Connection connection, String eventId, String topic) throws SQLException {
        return firstTimes(connection, List.of(eventId), topic)[0];
    }

    /**
     * Records the event ids in order, in one round trip (a JDBC batch, executed statement by statement): for
     * each, true the first time it is seen, false for a redelivery or a repeat earlier in {@code eventIds}.
     */
    public boolean[] firstTimes(Connection connection, List<String> eventIds, String topic) throws SQLException {
        boolean[] first = new boolean[eventIds.size()];
        if (eventIds.isEmpty()) {
            return first;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into processed_events (event_id, topic) values (?, ?) on conflict do nothing")) {
            for (String eventId : eventIds) {
                insert.setString(1, eventId);
                insert.setString(2, topic);
                insert.addBatch();
            }
            int[] inserted = insert.executeBatch();
            for (int i = 0; i < first.length; i++) {
                first[i] = inserted[i] == 1;
            }
            return first;
        }
    }
}
