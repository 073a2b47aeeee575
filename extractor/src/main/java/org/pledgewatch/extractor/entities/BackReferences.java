package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Locale;

/**
 * What "the diplomat", "the government" or "the agency" refers back to: the latest fitting entity
 * among the mentions found so far in the article.
 */
final class BackReferences {
    private BackReferences() {
    }

    static Entity latestPersonWithRole(List<Mention> before, List<String> roleWords) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Entity e = before.get(k).entity();
            if (e.type() != org.pledgewatch.extractor.EntityType.PERSON || e.role() == null || before.get(k).inQuote()) {
                continue;
            }
            String role = e.role().toLowerCase(Locale.ROOT);
            for (String w : roleWords) {
                if (role.contains(w)) {
                    return e;
                }
            }
        }
        return null;
    }
    static Entity latestCountry(List<Mention> before) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Mention m = before.get(k);
            if (m.kind() == Mention.Kind.COUNTRY && !m.place() && !m.inQuote()) {
                return m.entity();
            }
        }
        return null;
    }
    static Entity latestOrganization(List<Mention> before, int sentence, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Mention m = before.get(k);
            if (m.place() || (m.sentence() == sentence && m.tokenStart() > 1
                    && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON)) {
                // "a meeting in Brussels": a place, not what "the group" refers back to
                continue;
            }
            Entity e = m.entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON) {
                if (e.organization() != null) {
                    return registry.organizationById(e.organization());
                }
                continue;
            }
            if (e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || (e.type() == org.pledgewatch.extractor.EntityType.GROUP && before.get(k).kind() == Mention.Kind.ORGANIZATION)) {
                return e;
            }
        }
        return null;
    }
}
