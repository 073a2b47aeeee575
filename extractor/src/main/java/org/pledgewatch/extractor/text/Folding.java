package org.pledgewatch.extractor.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds words for comparison: lower case, accents removed, typographic apostrophes made straight.
 * News copy spells the same name with and without accents ("Sánchez", "Sanchez"), so every lookup
 * goes through here.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'');
        boolean ascii = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /** "Keir Starmer" to "keir-starmer": the id of a named person or group. */
    public static String slug(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : fold(name).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == '-') {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /** The word without a trailing possessive ('s or ’s or a bare apostrophe). */
    public static String stripPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 1 && (word.endsWith("'") || word.endsWith("\u2019"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    public static boolean isPossessive(String word) {
        return !stripPossessive(word).equals(word);
    }

    /** Levenshtein distance, bounded: returns max+1 as soon as it exceeds max. */
    public static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
