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
    private static final String[][] LETTERS_OF_THEIR_OWN = {
        {"\u0111", "dj"}, {"\u0142", "l"}, {"\u00f8", "o"}, {"\u00e6", "ae"}, {"\u0153", "oe"}, {"\u00df", "ss"},
        {"\u0131", "i"}, {"\u00fe", "th"}, {"\u00f0", "d"}};

    private Folding() {
    }

    public static String fold(String s) {
        if (isAscii(s)) {
            // (most words: no apostrophe to straighten, no accent; one pass over the word instead of three)
            return s.toLowerCase(Locale.ROOT);
        }
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'');
        boolean ascii = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return t.toLowerCase(Locale.ROOT);
        }
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        if (hasMark(t)) {
            // (a curly quotation mark or a dash glued to a word has no accent to take off: no matcher for those)
            t = MARKS.matcher(t).replaceAll("");
        }
        return withoutLettersOfTheirOwn(t.toLowerCase(Locale.ROOT));
    }

    /** Whether {@link #MARKS} can match in {@code s}: a code point of the categories Mn, Me or Mc. */
    private static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters that are not an accented Latin letter, so that taking the accents off leaves them as they are, but
     * that English copy writes in Latin letters all the same: the same minister is "Đedović" in one paragraph and
     * "Djedovic" in the next, "Støre" and "Store", "Łukasz" and "Lukasz".
     */
    private static String withoutLettersOfTheirOwn(String t) {
        for (String[] letter : LETTERS_OF_THEIR_OWN) {
            if (t.indexOf(letter[0].charAt(0)) >= 0) {
                t = t.replace(letter[0], letter[1]);
            }
        }
        return t;
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
        int cut = possessiveLength(word);
        return cut == 0 ? word : word.substring(0, word.length() - cut);
    }

    /** Whether {@link #stripPossessive} would cut something off (asked of nearly every token: no copy is made). */
    public static boolean isPossessive(String word) {
        return possessiveLength(word) > 0;
    }

    /** The length of the possessive ending ("'s", "’s", or a lone apostrophe after a plural), 0 when there is none. */
    private static int possessiveLength(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
            return 2;
        }
        if (word.length() > 1 && (word.endsWith("'") || word.endsWith("\u2019"))) {
            return 1;
        }
        return 0;
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit ("Wrigth" for "Wright"),
     * bounded: returns max+1 as soon as it exceeds max.
     */
    public static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
