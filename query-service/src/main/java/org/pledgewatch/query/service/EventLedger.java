package org.pledgewatch.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Remembers which events were folded; must be called inside the read-model write's transaction. */
@ApplicationScoped
public class EventLedger {

    /** @return true the first time an event id is seen, false for a redelivery */
    public boolean firstTime(Connection connection, String eventId, String topic) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into processed_events (event_id, topic) values (?, ?) on conflict do nothing")) {
            insert.setString(1, eventId);
            insert.setString(2, topic);
            return insert.executeUpdate() == 1;
        }
    }
}
