package org.pledgewatch.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the {@code actors} table: everyone seen as speaker, actor or beneficiary, latest details win. */
@ApplicationScoped
public class ActorRegistry {

    /** The actors a batch of events saw, to be written at the end of the batch's transaction. */
    public Updates updates() {
        return new Updates();
    }

    /**
     * Collects what a batch says about each actor, in event order, and writes it in one statement, in id
     * order (a lock order every consumer shares). The result is the same as writing each sighting when it
     * occurs: the latest name wins, and a null never erases a type, role or country already known.
     */
    public static final class Updates {
        private record Seen(String name, String type, String role, String country) {
        }

        private final Map<String, Seen> seen = new TreeMap<>();

        private Updates() {
        }

        public void remember(String id, String name, String type, String role, String country) {
            if (id == null || name == null) {
                return;
            }
            seen.merge(id, new Seen(name, type, role, country), (earlier, later) -> new Seen(later.name(),
                    later.type() != null ? later.type() : earlier.type(),
                    later.role() != null ? later.role() : earlier.role(),
                    later.country() != null ? later.country() : earlier.country()));
        }

        /** Must be called inside the batch's transaction, after its events. */
        public void write(Connection c) throws SQLException {
            if (seen.isEmpty()) {
                return;
            }
            String[][] columns = new String[5][seen.size()];
            int row = 0;
            for (Map.Entry<String, Seen> actor : seen.entrySet()) {
                columns[0][row] = actor.getKey();
                columns[1][row] = actor.getValue().name();
                columns[2][row] = actor.getValue().type();
                columns[3][row] = actor.getValue().role();
                columns[4][row] = actor.getValue().country();
                row++;
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into actors (id, name, type, role, country)
                    select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    on conflict (id) do update set name = excluded.name,
                        type = coalesce(excluded.type, actors.type),
                        role = coalesce(excluded.role, actors.role),
                        country = coalesce(excluded.country, actors.country)
                    """)) {
                for (int column = 0; column < columns.length; column++) {
                    upsert.setArray(column + 1, c.createArrayOf("text", columns[column]));
                }
                upsert.executeUpdate();
            }
        }
    }
}
