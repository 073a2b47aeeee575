package org.pledgewatch.extractor.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.text.Folding;

/**
 * "The Africa Centres for Disease Control and Prevention (Africa CDC) says ...", "the opposition Kuomintang (KMT)": news
 * copy spells a body's name out once and gives the short form it uses afterwards in brackets. The analyst names the
 * body by the name spelled out (the guidelines' first full mention), while the rules, which read the short form as a
 * name of its own every time it recurs, named it by the short one. An organisation the gazetteer does not know, named
 * by such a short form, takes the long one as its name.
 *
 * <p>Which words before the bracket are the long form is the Schwartz-Hearst reading of abbreviation definitions
 * ("A simple algorithm for identifying abbreviation definitions in biomedical text", 2003): the short form's letters are
 * found right to left in the words before it, its first letter at the start of a word, within min(n + 5, 2n) words for
 * n letters. The long form must then read as a name: capitalised words, with only the lower-case connectors of names
 * ("for", "of", "and") between them. "Law and Justice (PiS)" spells no Polish initials in English and stays as the
 * short form.
 */
final class SpelledOutNames {
    private SpelledOutNames() {
    }

    /** Lower-case words inside organisations' names. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the", "de", "du", "des", "la", "le",
            "in", "to", "&");

    static void name(String body, List<Mention> mentions, EntityRegistry registry) {
        // (in the order the article names them: an entity is its own key, and renaming one may rest on another)
        Map<Entity, String> longForms = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (!(e.type() == EntityType.ORGANIZATION || isAcronym(e)) || longForms.containsKey(e)
                    || registry.isListedOrganization(e) || !isShortForm(e.name())) {
                continue;
            }
            longForms.put(e, longForm(body, e.name()));
        }
        longForms.forEach((e, longForm) -> {
            if (longForm == null) {
                return;
            }
            Entity other = otherEntityNamed(longForm, e, mentions);
            if (other == null || (other.type() == EntityType.PERSON && registry.revealOrganization(other))) {
                e.rename(EntityRegistry.withoutLegalForm(longForm));
                if (other != null) {
                    // "Abu Dhabi's International Resources Holding (IRH)": the long form, read as a person's name
                    // for want of a company's word in it, is the body the short form names
                    replace(mentions, other, e);
                }
            }
        });
    }

    /**
     * "IRH said the company would ...": a lone acronym is read as a person's name until the text reveals a company
     * (after the mentions are found); no person is named by one.
     */
    private static boolean isAcronym(Entity e) {
        String name = e.name();
        return e.type() == EntityType.PERSON && name.length() >= 2 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A short form: one to three words, at most twelve letters, two or more of them capitals ("KMT", "Africa CDC", "PEJ").
     * A word that spells out nothing ("Petroliam Nasional Bhd (Petronas)", "Afreximbank") is the name people use, and
     * the analyst's too.
     */
    private static boolean isShortForm(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.length() <= 12
                && name.split(" ").length <= 3 && name.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** The entity other than {@code e} that the mentions already name by the long form, or null. */
    private static Entity otherEntityNamed(String longForm, Entity e, List<Mention> mentions) {
        String slug = Folding.slug(longForm);
        for (Mention m : mentions) {
            if (m.entity() != e && Folding.slug(m.entity().name()).equals(slug)) {
                return m.entity();
            }
        }
        return null;
    }

    private static void replace(List<Mention> mentions, Entity from, Entity to) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.entity() == from) {
                mentions.set(k, m.as(to, Mention.Kind.ORGANIZATION));
            }
        }
    }

    /** The name spelled out before the first "(short)" of the body that has one, or null. */
    static String longForm(String body, String shortForm) {
        String bracketed = "(" + shortForm + ")";
        for (int at = body.indexOf(bracketed); at >= 0; at = body.indexOf(bracketed, at + 1)) {
            String spelled = spelledOut(body.substring(lineStart(body, at), at).stripTrailing(), shortForm);
            if (spelled != null) {
                return spelled;
            }
        }
        return null;
    }

    private static int lineStart(String body, int at) {
        return body.lastIndexOf('\n', at - 1) + 1;
    }

    /** Punctuation inside a word, which no long form runs across: "said," "(Reuters)". */
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[,;:.!?\"“”()\\[\\]–—]");

    /** The words at the end of {@code before} that {@code shortForm} abbreviates, when they read as a name. */
    private static String spelledOut(String before, String shortForm) {
        int letters = (int) shortForm.chars().filter(Character::isLetterOrDigit).count();
        String[] words = before.split("\\s+");
        int window = Math.min(letters + 5, 2 * letters);
        int from = Math.max(0, words.length - window);
        for (int k = from; k < words.length; k++) {
            if (PUNCTUATION.matcher(words[k]).find() || Folding.isPossessive(words[k])) {
                from = k + 1;
            }
        }
        if (from >= words.length) {
            return null;
        }
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        String found = schwartzHearst(candidate, shortForm);
        if (found == null || found.length() <= shortForm.length() || found.equalsIgnoreCase(shortForm)) {
            return null;
        }
        String[] longWords = found.split(" ");
        if (!Character.isUpperCase(longWords[0].charAt(0)) || !Character.isUpperCase(last(longWords).charAt(0))) {
            return null;
        }
        for (String w : longWords) {
            if (!Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w)) {
                return null;
            }
        }
        return found;
    }

    private static String last(String[] words) {
        return words[words.length - 1];
    }

    /** The shortest end of {@code text} in whose words the short form's letters appear in order, the first at a word's start. */
    private static String schwartzHearst(String text, String shortForm) {
        int s = shortForm.length() - 1;
        int l = text.length() - 1;
        for (; s >= 0; s--) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(text.charAt(l)) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
        }
        return text.substring(text.lastIndexOf(' ', l) + 1);
    }
}
