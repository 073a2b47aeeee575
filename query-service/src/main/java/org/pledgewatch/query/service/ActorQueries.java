package org.pledgewatch.query.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgewatch.query.model.ActorProfile;
import org.pledgewatch.query.model.ActorSummary;

/** People, countries and organisations seen in the read model, with what they said and committed to. */
@ApplicationScoped
public class ActorQueries {

    private static final int LATEST = 10;
    private static final String COUNTS = """
            (select count(*) from commitments c where c.actor_ids @> array[a.id]) as commitments,
            (select count(*) from commitments c where c.beneficiary_id = a.id) as received,
            (select count(*) from statements s where s.speaker_id = a.id) as statements
            """;

    private final AgroalDataSource dataSource;

    public ActorQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Actors ordered by name then id, after {@code afterName/afterId} when given. */
    public List<ActorSummary> list(String type, String afterName, String afterId, int limit) throws SQLException {
        SqlWhere where = new SqlWhere();
        if (type != null) {
            where.and("a.type = ?", type);
        }
        if (afterName != null) {
            where.and("(a.name, a.id) > (?, ?)", afterName, afterId);
        }
        String sql = "select a.id, a.name, a.type, a.role, a.country, " + COUNTS + " from actors a" + where.sql()
                + " order by a.name, a.id limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setInt(where.bind(select), limit);
            try (ResultSet rows = select.executeQuery()) {
                List<ActorSummary> actors = new ArrayList<>();
                while (rows.next()) {
                    actors.add(new ActorSummary(rows.getString("id"), rows.getString("name"), rows.getString("type"),
                            rows.getString("role"), rows.getString("country"), rows.getLong("commitments"),
                            rows.getLong("received"), rows.getLong("statements")));
                }
                return actors;
            }
        }
    }

    public Optional<ActorProfile> profile(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ActorSummary actor;
            try (PreparedStatement select = c.prepareStatement(
                    "select a.id, a.name, a.type, a.role, a.country, " + COUNTS + " from actors a where a.id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    actor = new ActorSummary(row.getString("id"), row.getString("name"), row.getString("type"),
                            row.getString("role"), row.getString("country"), row.getLong("commitments"),
                            row.getLong("received"), row.getLong("statements"));
                }
            }
            // one pass over the actor's commitments gives both breakdowns (and the total)
            Map<String, Long> byModality = new LinkedHashMap<>();
            Map<String, Long> byCategory = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("select modality, category, count(*) from commitments"
                    + " where actor_ids @> array[?::text] group by modality, category")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byModality.merge(rows.getString(1), rows.getLong(3), Long::sum);
                        byCategory.merge(rows.getString(2), rows.getLong(3), Long::sum);
                    }
                }
            }
            // the names it was seen under: commitments carry canonical names (the actor's), statements the
            // speaker's name as written in each article
            List<String> names = FirstColumn.strings(c, "select distinct name from (select ? as name union"
                    + " select speaker_name from statements where speaker_id = ?) seen where name is not null"
                    + " order by name", actor.name(), id);
            return Optional.of(new ActorProfile(actor.id(), actor.name(), actor.type(), actor.role(), actor.country(),
                    names, actor.commitments(), byModality, byCategory,
                    FirstColumn.payloads(c, "select payload from commitments where actor_ids @> array[?::text]"
                            + " order by article_date desc, id desc limit " + LATEST, id),
                    actor.commitmentsReceived(),
                    FirstColumn.payloads(c, "select payload from commitments where beneficiary_id = ?"
                            + " order by article_date desc, id desc limit " + LATEST, id),
                    actor.statements(),
                    FirstColumn.payloads(c, "select payload from statements where speaker_id = ?"
                            + " order by article_date desc, id desc limit " + LATEST, id)));
        }
    }
}
