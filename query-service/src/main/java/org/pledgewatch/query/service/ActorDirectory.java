package org.pledgewatch.query.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.GazetteerEntry;

/**
 * Resolves what a caller types for an actor ({@code GBR}, {@code UK}, {@code Britain}, {@code nato},
 * {@code Keir Starmer}) to the actor ids used in the read model. The aliases come from the same gazetteer
 * the extractor uses, so every name it normalizes can be queried back.
 */
@ApplicationScoped
public class ActorDirectory {

    private final AgroalDataSource dataSource;
    private final Gazetteer gazetteer = Gazetteer.load();

    public ActorDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every id the term may stand for; empty when it names nobody known (which matches nothing). */
    public Set<String> resolve(String term) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        String trimmed = term.trim();
        for (String candidate : new String[] {trimmed, trimmed.toUpperCase(Locale.ROOT)}) {
            GazetteerEntry entry = gazetteer.lookup(candidate);
            if (entry != null && entry.kind() != GazetteerEntry.Kind.TITLE) {
                ids.add(entry.id());
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select id, name from actors where lower(id) = lower(?)"
                     + " or lower(name) = lower(?)")) {
            select.setString(1, trimmed);
            select.setString(2, trimmed);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(byFoldedName(trimmed));
        }
        return ids;
    }

    /** Accent- and case-insensitive full-name match ("Pedro Sanchez" finds "Pedro Sánchez"). */
    private Set<String> byFoldedName(String term) throws SQLException {
        String key = Names.fold(term);
        Set<String> ids = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select id, name from actors")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (key.equals(Names.fold(rows.getString(2)))) {
                        ids.add(rows.getString(1));
                    }
                }
            }
        }
        return ids;
    }
}
