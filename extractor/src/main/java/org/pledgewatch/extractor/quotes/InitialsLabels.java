package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.EntityRegistry;

/**
 * The speaker key of a transcript that labels each turn by its speaker's initials and a tab, as the World Health
 * Organization's press conferences do ("TAG\tThank you, Christian. ...", "MVK\tThanks, Jamie. ..."), after the
 * moderator has named everyone in full ("With us today are Dr Tedros Adhanom Ghebreyesus, WHO Director-General, ...").
 * A label stands for the one person the article names whose initials it spells, of every word of the name or of the
 * first and the last ("MK" for Maria Van Kerkhove). The moderator's and the journalists' labels are nobody's
 * statements: most of their lines ask a question or hand the floor to the next ("Next question from ...").
 */
final class InitialsLabels {
    private static final InitialsLabels NONE = new InitialsLabels(Map.of());
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 4;

    private final Map<String, Entity> speakers;

    private InitialsLabels(Map<String, Entity> speakers) {
        this.speakers = speakers;
    }

    static InitialsLabels of(String body, EntityRegistry registry) {
        if (body.indexOf('\t') < 0) {
            return NONE;
        }
        Map<String, int[]> lines = new HashMap<>();
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = lineEnd(body, lineStart);
            String label = labelAt(body, lineStart, lineEnd);
            if (label != null) {
                int[] counts = lines.computeIfAbsent(label, k -> new int[2]);
                counts[0]++;
                if (asksOrHandsOver(body.substring(lineStart, lineEnd))) {
                    counts[1]++;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (lines.size() < 2) {
            return NONE;
        }
        Map<String, Entity> speakers = new HashMap<>();
        lines.forEach((label, counts) -> {
            Entity person = personWithInitials(label, registry.persons());
            if (person != null && counts[1] * 2 < counts[0]) {
                speakers.put(label, person);
            }
        });
        return speakers.isEmpty() ? NONE : new InitialsLabels(speakers);
    }

    /** The speaker of the line from {@code from} to {@code to} by its label, or null. */
    Entity speakerOf(String body, int from, int to) {
        if (speakers.isEmpty()) {
            return null;
        }
        String label = labelAt(body, from, to);
        return label == null ? null : speakers.get(label);
    }

    /** Where the words of a labelled line start, after its label and tab. */
    static int textStart(String body, int from) {
        return body.indexOf('\t', from) + 1;
    }

    /** The label of the line from {@code from} to {@code to}: two to four capitals, then a tab; or null. */
    private static String labelAt(String body, int from, int to) {
        int k = from;
        while (k < to && k - from <= MAX_LETTERS && body.charAt(k) >= 'A' && body.charAt(k) <= 'Z') {
            k++;
        }
        return k - from >= MIN_LETTERS && k - from <= MAX_LETTERS && k < to && body.charAt(k) == '\t'
                ? body.substring(from, k) : null;
    }

    private static boolean asksOrHandsOver(String line) {
        String folded = line.toLowerCase(java.util.Locale.ROOT);
        return line.stripTrailing().endsWith("?") || folded.contains("question");
    }

    private static Entity personWithInitials(String label, List<Entity> persons) {
        Entity found = null;
        for (Entity p : persons) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            List<String> initials = initials(p.name());
            if (initials.contains(label)) {
                if (found != null && found != p) {
                    // two people share the initials: the label says nothing
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** The initials of every capitalised word of a name, and of its first and last words. */
    private static List<String> initials(String name) {
        String[] words = name.split(" ");
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                all.append(w.charAt(0));
            }
        }
        List<String> out = new ArrayList<>(2);
        out.add(all.toString());
        if (words.length > 2 && !words[0].isEmpty() && !words[words.length - 1].isEmpty()) {
            out.add("" + words[0].charAt(0) + words[words.length - 1].charAt(0));
        }
        return out;
    }

    private static int lineEnd(String body, int from) {
        int end = body.indexOf('\n', from);
        return end < 0 ? body.length() : end;
    }
}
