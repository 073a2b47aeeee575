package org.pledgewatch.extractor.entities;

import java.util.List;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Folding;

/**
 * Unnamed staff of a state body: "a State Department official said", "a White House official", "a Japanese foreign
 * ministry official", "Home Office sources said". The guidelines name such a source by the words that describe them
 * ("State Department official"), as they name "U.S. officials" and "EU diplomats"; what they commit to is their
 * country's. The body alone ("the State Department said", "a Defence Ministry spokesperson said") stays the country.
 */
final class UnnamedStaff {
    private UnnamedStaff() {
    }

    /**
     * Replaces each mention of a state body followed by a noun of unnamed sources ({@link MentionFinder#STAFF_SOURCES}),
     * or one such source's "from" or "at" before it, with the group those words name; a spokesperson speaks for the body,
     * and is left to it. One pass: each mention is read once.
     */
    static void name(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String country = stateOf(m, registry);
            if (country == null || m.place() || m.inQuote()) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            Mention staff = staffAfter(text, tokens, m, next, country, registry);
            if (staff == null) {
                staff = staffFrom(text, tokens, m, country, registry);
            }
            if (staff != null) {
                mentions.set(k, staff);
            }
        }
    }

    /** "a State Department official", "Home Office sources": the body, then the noun of its staff; or null. */
    private static Mention staffAfter(AnalyzedText text, List<Token> tokens, Mention m, Mention next, String country,
                                      EntityRegistry registry) {
        if (m.tokenEnd() >= tokens.size() || !MentionFinder.STAFF_SOURCES.contains(tokens.get(m.tokenEnd()).text())
                // ("Kyiv's official figures", "North Korea's official news agency": an adjective)
                || Folding.isPossessive(tokens.get(m.tokenEnd() - 1).text())
                || (next != null && next.sentence() == m.sentence() && next.tokenStart() <= m.tokenEnd())) {
            return null;
        }
        Token staff = tokens.get(m.tokenEnd());
        Entity group = registry.group(text.body().substring(m.start(), staff.end()), country);
        return new Mention(group, Mention.Kind.GROUP, m.sentence(), m.tokenStart(), m.tokenEnd() + 1, m.start(), staff.end(),
                false, false);
    }

    /**
     * "an official from the Élysée said", "a source at the Home Office": one source, named as "an Élysée official" would
     * be, by the body and the noun; or null.
     */
    private static Mention staffFrom(AnalyzedText text, List<Token> tokens, Mention m, String country,
                                     EntityRegistry registry) {
        int link = m.tokenStart() - 1 >= 0 && tokens.get(m.tokenStart() - 1).folded().equals("the")
                ? m.tokenStart() - 2 : m.tokenStart() - 1;
        if (link < 2 || !(tokens.get(link).folded().equals("from") || tokens.get(link).folded().equals("at"))
                || !MentionFinder.STAFF_SOURCES.contains(tokens.get(link - 1).text())
                || !(tokens.get(link - 2).folded().equals("a") || tokens.get(link - 2).folded().equals("an"))) {
            return null;
        }
        Token staff = tokens.get(link - 1);
        Entity group = registry.group(text.body().substring(m.start(), m.end()) + " " + staff.text(), country);
        return new Mention(group, Mention.Kind.GROUP, m.sentence(), link - 1, m.tokenEnd(), staff.start(), m.end(), false,
                false);
    }

    /** The country whose body the mention names (its seat, a ministry or the government, an office it owns), or null. */
    private static String stateOf(Mention m, EntityRegistry registry) {
        Entity e = m.entity();
        return switch (m.kind()) {
            // ("a U.S. official", "a Japanese official" are read as groups already; "the Japanese foreign ministry" is
            // a country's mention of more than one word)
            case COUNTRY -> e.type() == EntityType.COUNTRY && m.tokenEnd() - m.tokenStart() >= 2 ? e.country() : null;
            case CAPITAL -> e.country();
            // a state body of the gazetteer ("the State Department", "the Home Office"), never a company
            case ORGANIZATION -> registry.isListedOrganization(e) ? e.country() : null;
            default -> null;
        };
    }
}
