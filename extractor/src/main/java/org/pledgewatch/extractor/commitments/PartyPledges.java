package org.pledgewatch.extractor.commitments;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.text.SparseFind;

/**
 * A political party's promise ("a Coalition government would cut the program", "Reform UK would scrap the target",
 * "the opposition Tisza party will repeal the law") is made on the party's own account: it binds no state and no
 * organisation an analyst tracks until the party governs, and then the pledge is its government's. The guidelines
 * make such a promise optional, like a candidate's (610 of the 618 party pledges in the tuned batches' gold were
 * optional). Leaving them out in round 56 took away, on the tuned batches, 246 pledges no gold had, 52 whose gold named
 * another actor (a governing party's pledge is its country's) and 20 a gold required.
 */
public final class PartyPledges {
    /** Names that alone are a party's in news copy. */
    private static final Set<String> PARTY_NAMES = Set.of("Democrats", "Republicans", "Labour", "Labor", "Greens",
            "Conservatives", "Liberals", "Tories", "Nationals", "Coalition", "Liberal Democrats", "Lib Dems",
            "Social Democrats", "Christian Democrats");

    /** "People Power Party", "Constitutional Democratic Party of Japan", the annotators' "Congress party". */
    private static final Pattern PARTY_IN_NAME = Pattern.compile("\\b[Pp]arty\\b");

    private PartyPledges() {
    }

    /** Whether every actor of a pledge is a political party. */
    public static boolean allParties(List<Entity> actors, String body) {
        return !actors.isEmpty() && actors.stream().allMatch(a -> isParty(a, body));
    }

    /** Whether a name alone is a party's ("Labour", "People Power Party"): the gold's check too (GoldConsistencyTest). */
    public static boolean isPartyName(String name) {
        return PARTY_NAMES.contains(name) || PARTY_IN_NAME.matcher(name).find();
    }

    /**
     * Whether an actor is a party: by its name, or by how the article calls it ("the opposition Tisza party",
     * "Reform UK party", "the ruling Kuomintang").
     */
    static boolean isParty(Entity actor, String body) {
        if (actor.type() == EntityType.COUNTRY || actor.type() == EntityType.PERSON) {
            return false;
        }
        String name = actor.name();
        if (isPartyName(name)) {
            return true;
        }
        if (actor.type() != EntityType.ORGANIZATION) {
            // ("opposition MPs" are a party's people, not the party)
            return false;
        }
        // Either branch of the pattern has the name in it, at its start or after one of three words: it is tried only
        // where the name stands (find() over the whole body, at every character, for each organisation actor of each
        // pledge, was 6% of the extraction time of unseen text)
        int at = body.indexOf(name);
        if (at < 0) {
            return false;
        }
        String quoted = Pattern.quote(name);
        Matcher m = SparseFind.matcher(Pattern.compile(quoted + "(?:['\u2019]s)? party\\b|\\b(?:opposition|ruling|governing) "
                + quoted + "\\b"), body);
        if (name.isEmpty()) {
            return m.find();
        }
        for (; at >= 0; at = body.indexOf(name, at + 1)) {
            if (matchesAt(m, body, at)) {
                return true;
            }
            for (String before : RULING_WORDS) {
                int start = at - before.length();
                if (start >= 0 && body.startsWith(before, start) && matchesAt(m, body, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words (with their space) that make the name after them a party's in {@link #isParty}'s pattern. */
    private static final String[] RULING_WORDS = {"opposition ", "ruling ", "governing "};

    /** Whether the pattern of {@code m} matches at {@code start}, as {@code find()} would try it there. */
    private static boolean matchesAt(Matcher m, String body, int start) {
        m.region(start, body.length());
        return m.lookingAt();
    }
}
