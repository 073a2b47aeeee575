package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.text.Folding;

/**
 * A leader's office that speaks before its leader is named: "Israel will reopen the Rafah crossing ..., the Prime
 * Minister's Office said" in a lead, and "Prime Minister Benjamin Netanyahu" two paragraphs down. The scan, which reads
 * the article once, found no prime minister when it passed the office and made it an organisation of its own;
 * annotators give the office's words to the leader (Netanyahu's, Carney's, Albanese's in the tuned batches; the country
 * now and then, an organisation of that name never). Once the whole article is read, each such office goes to the
 * article's one person with that role (the home country's, when there are two).
 */
final class LeaderOffices {
    /** "Prime Minister's Office", "President's office": an office named by its holder's title. */
    private static final Pattern OFFICE = Pattern.compile("(?i)(prime minister|president|chancellor)['\u2019]s office");

    private LeaderOffices() {
    }

    static void giveToLeaders(List<Mention> mentions, EntityRegistry registry) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.entity().type() != EntityType.ORGANIZATION) {
                continue;
            }
            Matcher office = OFFICE.matcher(m.entity().name());
            if (!office.matches()) {
                continue;
            }
            Entity leader = onlyHolder(mentions, office.group(1), registry.home() == null ? null : registry.home().id());
            if (leader != null) {
                mentions.set(k, m.as(leader, Mention.Kind.ROLE));
            }
        }
    }

    /** The one person of the article whose role ends with {@code title}, or the home country's of several; else null. */
    private static Entity onlyHolder(List<Mention> mentions, String title, String home) {
        String folded = Folding.fold(title);
        Entity found = null;
        Entity homes = null;
        int holders = 0;
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || e.role() == null || e == found || e == homes
                    || !Folding.fold(e.role()).endsWith(folded) || Folding.fold(e.role()).contains("deputy")
                    || Folding.fold(e.role()).contains("vice")) {
                continue;
            }
            holders++;
            found = found == null ? e : found;
            if (home != null && home.equals(e.country())) {
                homes = e;
            }
        }
        return holders == 1 ? found : homes;
    }
}
