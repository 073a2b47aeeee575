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
 * Some transcripts put a colon after the initials ("TAG: Thank you, Tarik."), under a speaker key ("TAG Dr Tedros
 * Adhanom Ghebreyesus", "TJ Moderator"). A colon follows many a short label that is no one's initials ("UK: ..." in a
 * digest), so a colon's initials count only when a key line spells them out or two people's initials label lines;
 * then the lines of the transcript's other initials (the moderator's) are nobody's statements either.
 * Others put only a space after the initials ("TAG Good morning, ..."), under a key of one line per label ("TAG Dr
 * Tedros Adhanom Ghebreyesus"): a space follows the capitals of many a line that is no one's ("US officials said
 * ..."), so there a label counts only when a key line ends in its person's name, and the key's lines are no one's
 * statements.
 */
final class InitialsLabels {
    private static final InitialsLabels NONE = new InitialsLabels(Map.of(), java.util.Set.of(), '\t', java.util.Set.of());
    /** At most so many words of a name after a key's label: "Dr Tedros Adhanom Ghebreyesus". */
    private static final int MAX_KEY_WORDS = 6;
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 4;

    private final Map<String, Entity> speakers;
    /** The labels of the same transcript that are no one's statements: the moderator's, the journalists'. */
    private final java.util.Set<String> others;

    /** What follows the initials: a tab, or a colon and a space. */
    private final char separator;

    /** Where the lines of a speaker key start, when a space follows the initials: they are no one's statements. */
    private final java.util.Set<Integer> keyLines;

    private InitialsLabels(Map<String, Entity> speakers, java.util.Set<String> others, char separator,
            java.util.Set<Integer> keyLines) {
        this.speakers = speakers;
        this.others = others;
        this.separator = separator;
        this.keyLines = keyLines;
    }

    static InitialsLabels of(String body, EntityRegistry registry) {
        InitialsLabels tabbed = of(body, registry, '\t');
        if (tabbed != NONE) {
            return tabbed;
        }
        InitialsLabels colon = of(body, registry, ':');
        return colon != NONE ? colon : keyed(body, registry);
    }

    /** Initials and a space, each label spelled out on a key line that ends in its person's name. */
    private static InitialsLabels keyed(String body, EntityRegistry registry) {
        Map<String, Entity> speakers = new HashMap<>();
        java.util.Set<String> others = new java.util.HashSet<>();
        java.util.Set<Integer> keyLines = new java.util.HashSet<>();
        Map<String, int[]> lines = new HashMap<>();
        for (int lineStart = 0; lineStart < body.length(); lineStart = lineEnd(body, lineStart) + 1) {
            int lineEnd = lineEnd(body, lineStart);
            String label = labelAt(body, lineStart, lineEnd, ' ');
            if (label == null) {
                continue;
            }
            Entity person = keyedPerson(label, body.substring(lineStart + label.length() + 1, lineEnd), registry.persons());
            if (person != null) {
                keyLines.add(lineStart);
                speakers.put(label, person);
                continue;
            }
            int[] counts = lines.computeIfAbsent(label, k -> new int[2]);
            counts[0]++;
            if (asksOrHandsOver(body.substring(lineStart, lineEnd))) {
                counts[1]++;
            }
        }
        // the moderator's key line names her too, but her lines ask questions and hand over the floor
        speakers.keySet().removeIf(label -> {
            int[] counts = lines.get(label);
            boolean moderates = counts == null || counts[1] * 2 >= counts[0];
            if (moderates) {
                others.add(label);
            }
            return moderates;
        });
        return speakers.isEmpty() ? NONE : new InitialsLabels(speakers, others, ' ', keyLines);
    }

    /**
     * The one person with the label's initials whom the rest of a key line names, or null. The line's name is asked
     * for because the labelled lines themselves read as names ("CI Maybe I can add ..." as a Mr "CI Maybe I").
     */
    private static Entity keyedPerson(String label, String rest, List<Entity> persons) {
        Entity found = null;
        for (Entity p : persons) {
            if (p.type() == EntityType.PERSON && initials(p.name()).contains(label) && isKeyLine(rest, p)) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** A short run of words with no punctuation that ends in the person's last name: "Dr Tedros Adhanom Ghebreyesus". */
    private static boolean isKeyLine(String rest, Entity person) {
        String text = rest.strip();
        String name = person.name();
        String lastName = name.substring(name.lastIndexOf(' ') + 1);
        return text.split(" ").length <= MAX_KEY_WORDS && text.endsWith(lastName)
                && text.chars().noneMatch(c -> ".?!,:;".indexOf(c) >= 0);
    }

    private static InitialsLabels of(String body, EntityRegistry registry, char separator) {
        if (body.indexOf(separator) < 0) {
            return NONE;
        }
        Map<String, int[]> lines = new HashMap<>();
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = lineEnd(body, lineStart);
            String label = labelAt(body, lineStart, lineEnd, separator);
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
        if (separator == ':' && speakers.size() < 2 && speakers.keySet().stream().noneMatch(l -> spelledOutInAKey(body, l))) {
            return NONE;
        }
        java.util.Set<String> others = new java.util.HashSet<>();
        if (separator == ':') {
            others.addAll(lines.keySet());
            others.removeAll(speakers.keySet());
        }
        return speakers.isEmpty() ? NONE : new InitialsLabels(speakers, others, separator, java.util.Set.of());
    }

    /** Whether a line of the body is the label, a space and a name: "TAG Dr Tedros Adhanom Ghebreyesus". */
    private static boolean spelledOutInAKey(String body, String label) {
        for (int at = body.indexOf(label + " "); at >= 0; at = body.indexOf(label + " ", at + 1)) {
            int end = lineEnd(body, at);
            if ((at == 0 || body.charAt(at - 1) == '\n') && body.substring(at, end).indexOf(':') < 0) {
                return true;
            }
        }
        return false;
    }

    /** The speaker of the line from {@code from} to {@code to} by its label, or null. */
    Entity speakerOf(String body, int from, int to) {
        if (speakers.isEmpty()) {
            return null;
        }
        String label = labelAt(body, from, to, separator);
        return label == null ? null : speakers.get(label);
    }

    /** Whether the line from {@code from} to {@code to} is labelled by initials that are no one's statements. */
    boolean labelsNobody(String body, int from, int to) {
        if (keyLines.contains(from)) {
            return true;
        }
        if (others.isEmpty()) {
            return false;
        }
        String label = labelAt(body, from, to, separator);
        return label != null && others.contains(label);
    }

    /** Where the words of a labelled line start, after its label and its tab or colon. */
    static int textStart(String body, int from) {
        int k = from;
        while (body.charAt(k) >= 'A' && body.charAt(k) <= 'Z') {
            k++;
        }
        return k + 1;
    }

    /**
     * Two to four capitals, then {@code separator} (a colon must have a space after it, a space a capital or a digit);
     * or null.
     */
    private static String labelAt(String body, int from, int to, char separator) {
        int k = from;
        while (k < to && k - from <= MAX_LETTERS && body.charAt(k) >= 'A' && body.charAt(k) <= 'Z') {
            k++;
        }
        return k - from >= MIN_LETTERS && k - from <= MAX_LETTERS && k < to && body.charAt(k) == separator
                && (separator != ':' || k + 1 < to && body.charAt(k + 1) == ' ')
                && (separator != ' ' || k + 1 < to && Character.isLetterOrDigit(body.charAt(k + 1)))
                ? body.substring(from, k) : null;
    }

    private static boolean asksOrHandsOver(String line) {
        String folded = line.toLowerCase(java.util.Locale.ROOT);
        return line.stripTrailing().endsWith("?") || folded.contains("question") || folded.contains("hand over")
                || folded.contains("concludes");
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
