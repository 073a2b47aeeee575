package org.pledgewatch.extractor.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern that can start only at few places of a long text, tried only there. Why: a
 * pattern that opens with an alternation or a class ("[Pp]resenter|[Ii]nterviewer|...", "US\\$|€|[A-Z]{3}") gets no
 * help from {@code java.util.regex}, which tries the whole pattern at every character of the text; over an article
 * body or a long sentence those tries cost more than the matches (a tenth of the extraction time of unseen articles
 * went to such scans). Here the caller says, cheaply, at which characters a match can start at all (a digit for an
 * amount, a quotation mark or the first letter of a keyword), and the pattern is tried only there.
 *
 * <p>The matches are exactly those of {@code find()}: the leftmost match at or after {@code from}, as the pattern
 * matches it there with the whole text around it (transparent bounds, so that {@code \b}, look-behinds and
 * look-aheads see past the start; no anchoring bounds, so that {@code ^} holds only at a real line start), provided
 * {@code mayStart} holds at every start where the pattern can match.
 */
public final class SparseFind {
    private SparseFind() {
    }

    /** A matcher of {@code pattern} over {@code text} for {@link #find}. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Finds the leftmost match that starts at or after {@code from} at a position where {@code mayStart} holds (it is
     * asked of the positions from {@code from} to the length of the text, in order), as {@code find()} would where
     * the pattern cannot match anywhere else. The matcher must come from {@link #matcher}; its match (groups, start,
     * end) is set as after {@code find()}. A start outside the text is refused as {@link Matcher#find(int)} refuses it.
     */
    public static boolean find(Matcher m, CharSequence text, int from, IntPredicate mayStart) {
        int n = text.length();
        if (from < 0 || from > n) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        for (int p = from; p <= n; p++) {
            if (mayStart.test(p)) {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #find} for a pattern that can start only at a digit (0-9): the same matches as {@code find(m, text, from,
     * p -> digitWithin(text, p, p + 1))}, the scan for the next digit written out. Why: the amounts' patterns are
     * tried over the sentence of every commitment found, and the predicate, called for every character, cost more
     * than the few tries at digits.
     */
    public static boolean findAtDigit(Matcher m, String text, int from) {
        int n = text.length();
        if (from < 0 || from > n) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        for (int p = from; p < n; p++) {
            char c = text.charAt(p);
            if (c >= '0' && c <= '9') {
                m.region(p, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a digit (0-9) stands at {@code text[from, to)} (clipped to the text). */
    public static boolean digitWithin(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from), end = Math.min(to, text.length()); i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
