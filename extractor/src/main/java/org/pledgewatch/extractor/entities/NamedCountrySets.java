package org.pledgewatch.extractor.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.text.Folding;

/**
 * "The Foreign Ministers of Egypt, Saudi Arabia, the United Arab Emirates and the United States ("the Quad") met ...
 * The Quad will not recognize any parallel authority": a joint statement names its signatories once, gives them a short
 * name in brackets, and then speaks and pledges under that name. Each later mention of the name stands for the countries
 * of the list (as "the three countries" does), not for another group the gazetteer knows by it.
 */
final class NamedCountrySets {
    private NamedCountrySets() {
    }

    /** The bracketed short name right after a list: ' ("the Quad")', " (the E3)", " (“the mediators”)". */
    private static final Pattern DEFINITION = Pattern.compile(
            "\\s*\\((?:[\"\u201C]\\s*)?(?:the\\s+)?(\\p{Lu}[\\p{L}\\d-]*(?:\\s\\p{Lu}[\\p{L}\\d-]*){0,2})(?:\\s*[\"\u201D])?\\)");
    /** What stands between two countries of a list: ", ", ", and the ", " and ". */
    private static final Pattern SEPARATOR = Pattern.compile(",?\\s+(?:and\\s+)?(?:the\\s+)?|,\\s*");

    static void link(String body, List<Mention> mentions, EntityRegistry registry) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention last = mentions.get(k);
            if (last.kind() != Mention.Kind.COUNTRY) {
                continue;
            }
            if (!bracketAfter(body, last.end())) {
                // (the definition opens with a bracket: no matcher after the many countries that have none)
                continue;
            }
            Matcher definition = DEFINITION.matcher(body).region(last.end(), body.length());
            if (!definition.lookingAt()) {
                continue;
            }
            List<Entity> members = listEndingAt(body, mentions, k);
            if (members.size() >= 2) {
                nameTheSet(body, mentions, registry, definition.group(1), definition.end(), members);
            }
        }
    }

    /** Whether an opening bracket follows {@code at} after white space only, as {@link #DEFINITION} opens. */
    private static boolean bracketAfter(String body, int at) {
        int k = at;
        while (k < body.length() && org.pledgewatch.extractor.text.Words.isRegexSpace(body.charAt(k))) {
            k++;
        }
        return k < body.length() && body.charAt(k) == '(';
    }

    /** The countries of the list whose last one is mention {@code k}, in their order. */
    private static List<Entity> listEndingAt(String body, List<Mention> mentions, int k) {
        List<Entity> members = new ArrayList<>();
        members.add(mentions.get(k).entity());
        for (int j = k - 1; j >= 0; j--) {
            Mention before = mentions.get(j);
            Mention after = mentions.get(j + 1);
            if (before.kind() != Mention.Kind.COUNTRY || before.end() > after.start()
                    || !SEPARATOR.matcher(body.substring(before.end(), after.start())).matches()) {
                break;
            }
            if (!members.contains(before.entity())) {
                members.add(0, before.entity());
            }
        }
        return members;
    }

    /** Makes each mention after {@code from} that is the short name {@code name} stand for {@code members}. */
    private static void nameTheSet(String body, List<Mention> mentions, EntityRegistry registry, String name, int from,
                                   List<Entity> members) {
        for (Mention m : mentions) {
            if (m.start() < from) {
                continue;
            }
            String words = Folding.stripPossessive(body.substring(m.start(), m.end()));
            if (words.startsWith("the ") || words.startsWith("The ")) {
                words = words.substring(4);
            }
            if (words.equals(name)) {
                registry.rememberSet(m.start(), members);
            }
        }
    }
}
