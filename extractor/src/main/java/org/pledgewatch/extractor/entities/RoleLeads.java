package org.pledgewatch.extractor.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.quotes.QuotedRegions;

/**
 * Roles named before their holder. British and Irish copy opens with the office alone ("The home secretary has said
 * the UK will ...", "..., the Taoiseach has confirmed.") and names the person in the sentences after ("Shabana Mahmood
 * said ..."). The scan reads the article once, so it cannot see that person yet: it leaves such a role pending, and
 * once the whole article is read the role goes to the first person named after it, in its own sentence or the next
 * five, whose role (as the article or the well-known officials give it) fits; else, when the role is the one who
 * speaks, to the person whose full name opens the next sentence, the way a lead's speaker is named in the second
 * paragraph. A generic "the minister" later in the article refers back to the holder found here. (The statement
 * finder's LeadDescriptions does the like, at the statement, for the descriptions this scan reads as no office at
 * all: "its defense minister said", "the force's special representative said", "the fund said".)
 */
final class RoleLeads {
    /** How many sentences after the role its holder may first be named in. */
    private static final int REACH = 5;
    /** How many tokens after the role a name may stand and still be its apposition. */
    private static final int APPOSITION = 6;

    /**
     * A role ("the home secretary") at tokens {@code from}..{@code to} of a sentence, which no one named before holds;
     * {@code office} when it names one office, whose holder may come after it, rather than a generic noun ("the
     * minister"), which only refers back, here to a holder this class found.
     */
    record Pending(Sentence sentence, int from, int to, List<String> roleWords, String office) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** An office ("the home secretary", "the Minister for Climate") that its holder may be named after. */
    void addOffice(Sentence s, int from, int to, List<String> roleWords, String office) {
        pending.add(new Pending(s, from, to, roleWords, office));
    }

    /** A generic role ("the minister") that may refer back to the holder of an office found here. */
    void addGeneric(Sentence s, int from, int to, List<String> roleWords) {
        pending.add(new Pending(s, from, to, roleWords, null));
    }

    /**
     * Adds, in text order, a mention of its holder for each pending role that has one, and gives the holder the office
     * with {@code giveOffice} (which also gives a government's office its country).
     */
    void resolve(AnalyzedText text, List<Mention> mentions, QuotedRegions quotes, Function<String, String> knownRole,
                 Predicate<String> reportingVerb, java.util.function.BiConsumer<Entity, String> giveOffice) {
        List<Entity> resolved = new ArrayList<>();
        for (Pending p : pending) {
            if (covered(mentions, p)) {
                continue;
            }
            if (p.office() != null && personBefore(text, mentions, p)) {
                // no lead; but "The mayor, Ihor Terekhov, said ... The mayor said": the office given before, to a
                // person whose role the scan learnt only after it had passed this mention
                Entity holder = givenTheRoleBefore(mentions, p, knownRole);
                if (holder != null) {
                    insert(mentions, mention(holder, p, quotes));
                }
                continue;
            }
            Entity holder;
            if (p.office() == null) {
                holder = resolvedBefore(p, resolved);
                if (holder == null) {
                    holder = givenInApposition(text, mentions, p);
                }
            } else {
                holder = namedAfter(mentions, p, knownRole);
                if (holder == null && speaks(p, reportingVerb)) {
                    holder = openingNextSentence(text, mentions, p, knownRole);
                }
                if (holder != null) {
                    // the article gave the office only here: "the minister" later refers back to it; and a
                    // government's office makes its holder that government's voice ("The Housing Secretary, Steve
                    // Reed, said: 'We will ...'"), which the affiliations, read before this, could not know
                    giveOffice.accept(holder, p.office());
                    resolved.add(holder);
                }
            }
            if (holder != null) {
                insert(mentions, mention(holder, p, quotes));
            }
        }
    }

    /** The latest holder of an office found here before {@code p} whose role fits it. */
    private static Entity resolvedBefore(Pending p, List<Entity> resolved) {
        for (int k = resolved.size() - 1; k >= 0; k--) {
            if (BackReferences.fits(resolved.get(k), p.roleWords(), name -> null)) {
                return resolved.get(k);
            }
        }
        return null;
    }

    /**
     * The latest person named before {@code p}, outside quotes, whose role (as known once the article is read) fits it,
     * however far back.
     */
    private static Entity givenTheRoleBefore(List<Mention> mentions, Pending p, Function<String, String> knownRole) {
        int end = 0;
        while (end < mentions.size() && before(mentions.get(end), p)) {
            end++;
        }
        return BackReferences.latestPersonWithRole(mentions.subList(0, end), p.roleWords(), knownRole, Integer.MAX_VALUE);
    }

    /** Words that open a role in apposition after a name: "Jenny Chapman, the development minister,". */
    private static final java.util.Set<String> APPOSITION_OPENERS = org.pledgewatch.extractor.text.Words.set("the", "a", "an",
            "its", "his", "her", "their");

    /**
     * The latest person named before a generic role, outside quotes, whom the article gave that role in apposition, in
     * lower case, before or after the name ("read by the minister of mines, Colonel Abarchi Ousmane, ... The minister
     * said", "Jenny Chapman, the development minister, said"), which the scan does not take for a title; else null.
     */
    private static Entity givenInApposition(AnalyzedText text, List<Mention> mentions, Pending p) {
        if (p.roleWords().contains("official")) {
            // ("the official said": a head or a director of anything, too loose a role to look so far back for)
            return null;
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (!before(m, p) || m.inQuote() || m.entity().type() != EntityType.PERSON) {
                continue;
            }
            if (m.sentence() < p.sentence().index() - 10) {
                return null;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            String after = appositionAfter(tokens, m.tokenEnd());
            String before = appositionBefore(tokens, m.tokenStart());
            if (after != null && BackReferences.hasRole(after, p.roleWords())
                    || before != null && BackReferences.hasRole(before, p.roleWords())) {
                return m.entity();
            }
        }
        return null;
    }

    /** The lower-case words between the commas after a name ("the minister of mines"), or null. */
    private static String appositionAfter(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).text().equals(",") || !APPOSITION_OPENERS.contains(tokens.get(end + 1).folded())) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (int k = end + 2; k < Math.min(tokens.size(), end + 9); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return words.toString();
            }
            if (!t.isWord() || t.isCapitalized()) {
                // ("Jane Roe, the head of Oxfam,": an organisation's staff, whose words are read elsewhere)
                return null;
            }
            words.append(' ').append(t.folded());
        }
        return null;
    }

    /** The lower-case words of a role that a comma sets before a name ("by the minister of mines, Colonel X"), or null. */
    private static String appositionBefore(List<Token> tokens, int start) {
        if (start < 3 || !tokens.get(start - 1).text().equals(",")) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (int k = start - 2; k >= Math.max(0, start - 9); k--) {
            Token t = tokens.get(k);
            if (APPOSITION_OPENERS.contains(t.folded())) {
                return words.toString();
            }
            if (!t.isWord() || t.isCapitalized()) {
                return null;
            }
            words.insert(0, ' ' + t.folded());
        }
        return null;
    }

    /** Whether {@code m} comes before the role. */
    private static boolean before(Mention m, Pending p) {
        return m.sentence() < p.sentence().index() || (m.sentence() == p.sentence().index() && m.tokenEnd() <= p.from());
    }

    /**
     * Someone was named before the role: it is no lead, and the holder is likely someone the article named in a way
     * the scan could not give the role to ("the Minister for Energy, Parviz Shahbazov, ... the minister emphasized").
     */
    private static boolean personBefore(AnalyzedText text, List<Mention> mentions, Pending p) {
        for (Mention m : mentions) {
            if (!before(m, p)) {
                return false;
            }
            Sentence named = text.sentences().get(m.sentence());
            if (!m.inQuote() && m.entity().type() == EntityType.PERSON && named.hasVerb(0, named.tokens().size())) {
                // (a byline, "Cormac Ó Dálaigh in Brussels", has no verb and names the reporter)
                return true;
            }
        }
        return false;
    }

    /** Another reading already gave these words to someone. */
    private static boolean covered(List<Mention> mentions, Pending p) {
        for (Mention m : mentions) {
            if (m.sentence() == p.sentence().index() && m.tokenStart() < p.to() && p.from() < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /** The first person named after the role, within {@link #REACH} sentences, whose role fits. */
    private static Entity namedAfter(List<Mention> mentions, Pending p, Function<String, String> knownRole) {
        int sentence = p.sentence().index();
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() >= p.to() && m.tokenStart() <= p.to() + APPOSITION
                    && !m.inQuote() && m.entity().type() == EntityType.PERSON) {
                // "the Minister of Defense of the Republic of Moldova Anatolie Nosatii", "The president of ABEEólica,
                // Elbia Gannoum": the name the office is given right after it
                return m.entity();
            }
            boolean after = m.sentence() > sentence || (m.sentence() == sentence && m.tokenStart() >= p.to());
            if (!after || m.sentence() > sentence + REACH || m.inQuote() || m.entity().type() != EntityType.PERSON) {
                continue;
            }
            if (BackReferences.fits(m.entity(), p.roleWords(), knownRole)) {
                return m.entity();
            }
        }
        return null;
    }

    /** "The home secretary has said", "the Taoiseach has confirmed": a reporting verb follows the role. */
    private static boolean speaks(Pending p, Predicate<String> reportingVerb) {
        List<Token> tokens = p.sentence().tokens();
        int k = p.to();
        if (k < tokens.size() && (tokens.get(k).folded().equals("has") || tokens.get(k).folded().equals("have"))) {
            k++;
        }
        return k < tokens.size() && reportingVerb.test(tokens.get(k).text());
    }

    /**
     * The person whose full name opens the next sentence ("Darragh O'Brien said ..."), unless the article gives them
     * another role.
     */
    private static Entity openingNextSentence(AnalyzedText text, List<Mention> mentions, Pending p,
                                              Function<String, String> knownRole) {
        int next = p.sentence().index() + 1;
        if (next >= text.sentences().size()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.sentence() == next && m.tokenStart() == 0) {
                Entity e = m.entity();
                boolean unrelated = (e.role() != null || knownRole.apply(e.name()) != null)
                        && !BackReferences.fits(e, p.roleWords(), knownRole);
                return e.type() == EntityType.PERSON && !m.inQuote() && m.tokenEnd() - m.tokenStart() >= 2 && !unrelated
                        ? e : null;
            }
        }
        return null;
    }

    private static Mention mention(Entity holder, Pending p, QuotedRegions quotes) {
        List<Token> tokens = p.sentence().tokens();
        int start = tokens.get(p.from()).start();
        return new Mention(holder, Mention.Kind.ROLE, p.sentence().index(), p.from(), p.to(), start,
                tokens.get(p.to() - 1).end(), quotes.isQuoted(start), false);
    }

    /** Keeps the mentions in text order, which lookups by position rely on. */
    private static void insert(List<Mention> mentions, Mention m) {
        int at = mentions.size();
        while (at > 0 && mentions.get(at - 1).start() > m.start()) {
            at--;
        }
        mentions.add(at, m);
    }
}
