package org.pledgewatch.query.service;

import java.time.Instant;
import java.util.Set;

/**
 * The filters of {@code GET /commitments} and {@code GET /statements} (and their live streams), already
 * validated and resolved: actor terms are the ids they stand for. Null means "not filtered".
 *
 * @param actorIds       commitments where one of the actors is one of these
 * @param beneficiaryIds commitments whose beneficiary is one of these
 * @param speaker        statements whose speaker id is in {@code speakerIds} or whose folded name contains
 *                       this folded term as whole words
 */
public record ItemFilter(Set<String> actorIds, Set<String> beneficiaryIds, String modality, String category,
                         String articleId, Instant from, Instant to, String q, Set<String> speakerIds,
                         String speaker, Boolean direct) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    SqlWhere commitmentWhere() {
        SqlWhere where = common();
        if (actorIds != null) {
            where.and("actor_ids && ?", (Object) actorIds.toArray(String[]::new));
        }
        if (beneficiaryIds != null) {
            where.and("beneficiary_id = any (?)", (Object) beneficiaryIds.toArray(String[]::new));
        }
        if (modality != null) {
            where.and("modality = ?", modality);
        }
        if (category != null) {
            where.and("category = ?", category);
        }
        return where;
    }

    SqlWhere statementWhere() {
        SqlWhere where = common();
        if (speaker != null) {
            String key = Names.fold(speaker);
            where.and("(speaker_id = any (?) or speaker_key = ? or speaker_key like ? or speaker_key like ? "
                            + "or speaker_key like ?)",
                    (Object) (speakerIds == null ? new String[0] : speakerIds.toArray(String[]::new)),
                    key, key + " %", "% " + key, "% " + key + " %");
        }
        if (direct != null) {
            where.and("direct = ?", direct);
        }
        return where;
    }

    private SqlWhere common() {
        SqlWhere where = new SqlWhere();
        if (articleId != null) {
            where.and("article_id = ?", articleId);
        }
        if (from != null) {
            where.and("article_date >= ?", java.sql.Timestamp.from(from));
        }
        if (to != null) {
            where.and("article_date < ?", java.sql.Timestamp.from(to));
        }
        if (q != null) {
            where.and("search @@ websearch_to_tsquery('english', ?)", q);
        }
        return where;
    }
}
