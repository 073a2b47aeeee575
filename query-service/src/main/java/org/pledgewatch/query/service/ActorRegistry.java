package org.pledgewatch.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Keeps the {@code actors} table: everyone seen as speaker, actor or beneficiary, latest details win. */
@ApplicationScoped
public class ActorRegistry {

    /** Must be called inside the fold's transaction. Nulls never erase a role or country already known. */
    public void remember(Connection c, String id, String name, String type, String role, String country)
            throws SQLException {
        if (id == null || name == null) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into actors (id, name, type, role, country) values (?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name,
                    type = coalesce(excluded.type, actors.type),
                    role = coalesce(excluded.role, actors.role),
                    country = coalesce(excluded.country, actors.country)
                """)) {
            upsert.setString(1, id);
            upsert.setString(2, name);
            upsert.setString(3, type);
            upsert.setString(4, role);
            upsert.setString(5, country);
            upsert.executeUpdate();
        }
    }
}
