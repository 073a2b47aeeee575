package org.pledgewatch.extractor.nlp;

import java.util.List;
import org.pledgewatch.extractor.text.Words;

/**
 * The dateline that opens a wire report: "GENEVA, Dec 10 (Reuters) -", "ADDIS ABABA, Ethiopia (AP) —",
 * "ROME —", "SANTIAGO, Dec 11 (PRESS RELEASE) —", AFP's "Berlin (AFP) -", MAP's "Rabat - ", a press release's
 * "BATU KAWAN, Malaysia, November 24, 2026 /PRNewswire/ --", Dawn's "ISLAMABAD:". It says where the report was
 * filed; it is neither said by anyone nor part of a reported clause, and its commas close no attribution.
 */
public final class Dateline {
    /** Datelines are short: place, optional country or date, optional agency. */
    private static final int MAX_TOKENS = 12;

    private Dateline() {
    }

    /** The index of the dash (or colon) that closes the dateline opening this sentence, or -1 when it opens with none. */
    public static int dashIndex(Sentence s) {
        // (dozens of rules ask it of the same sentence: worked out once per sentence)
        return s.datelineDash(Dateline::findDashIndex);
    }

    private static int findDashIndex(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() > 4 && tokens.get(0).text().equals("(") && tokens.get(2).text().equals(")")
                && isDash(tokens.get(3).text())) {
            // Bloomberg style: "(Bloomberg) -- The European Union is set to ..."
            int k = 3;
            while (k + 1 < tokens.size() && isDash(tokens.get(k + 1).text())) {
                k++;
            }
            return k;
        }
        if (tokens.size() < 3 || !tokens.get(0).isCapitalized()) {
            return -1;
        }
        // "GENEVA -" in capitals; AFP style writes the place as a name, then the agency: "Berlin (AFP) -"
        boolean capitals = Tokens.isAllCaps(tokens.get(0).text());
        boolean agency = false;
        boolean inBrackets = false;
        for (int k = 1; k < Math.min(tokens.size() - 1, MAX_TOKENS); k++) {
            String t = tokens.get(k).text();
            if (t.equals(":") && !inBrackets && (capitals || agency) && s.index() == 0 && tokens.get(k + 1).isCapitalized()) {
                // South Asian style: "ISLAMABAD: Pakistan and the IMF ...", "ISLAMABAD, Aug 27 (APP): Prime Minister
                // ..." (only the article's first sentence: later, "MARLES:" in capitals labels a speaker's turn)
                return k;
            }
            boolean slashAttached = t.equals("/") && tokens.get(k).start() == tokens.get(k - 1).end()
                    || t.length() > 1 && t.endsWith("/") && Character.isLetter(t.charAt(0));
            if (slashAttached && k <= 3 && s.index() == 0 && tokens.get(k + 1).start() > tokens.get(k).end()
                    && tokens.get(k + 1).isCapitalized()) {
                // Shafaq News's "Shafaq News/ The Association of the Petroleum Industry of Kurdistan said ...", The
                // National's "ABU DHABI // The UAE has committed ..."
                return k;
            }
            if (isDash(t) && !inBrackets) {
                // MAP and APS style: "Rabat - Morocco will ...", a place of one or two words before the dash
                boolean shortPlace = k <= 2 && tokens.get(k + 1).isCapitalized() && tokens.get(k).start() > tokens.get(k - 1).end();
                // a release's "Pretoria, 26 February 2026 – The Department ...": a place, then the date with its year
                boolean dated = yearAt(tokens, k - 1) || monthDayAt(tokens, k - 2);
                int dateAfter = dateClosedByColon(tokens, k + 1);
                if (dateAfter > 0 && (capitals || agency || k <= 4)) {
                    // "Doha, Qatar – 18 November 2026: The Qatar Investment Authority ...": the date after the dash
                    return dateAfter;
                }
                return capitals || agency || shortPlace || dated ? afterWireInBrackets(tokens, k) : -1;
            }
            if (t.equals("(")) {
                inBrackets = true;
                agency = true;
            } else if (t.length() > 2 && t.startsWith("/") && t.endsWith("/")) {
                // the wire service of a press release: "November 24, 2026 /PRNewswire/ --"
                agency = true;
            } else if (t.equals(")")) {
                inBrackets = false;
            } else if (!inBrackets && !fitsDateline(tokens.get(k))) {
                // a lower-case word outside the agency's brackets: running text, not a dateline
                return -1;
            }
        }
        return -1;
    }

    /**
     * Business Wire's "PRINCETON, N.J.--(BUSINESS WIRE)--Corvane ...": the wire's name in brackets between two dashes
     * belongs to the dateline, which ends at the second dash; any other dash {@code k} ends it there.
     */
    private static int afterWireInBrackets(List<Token> tokens, int k) {
        int close = k + 2;
        while (close < tokens.size() && close <= k + 4 && !tokens.get(close).text().equals(")")) {
            close++;
        }
        boolean wire = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("(") && close + 1 < tokens.size()
                && close <= k + 4 && tokens.get(close).text().equals(")") && isDash(tokens.get(close + 1).text());
        return wire ? close + 1 : k;
    }

    /** Whether tokens {@code i} and the next are a month's name and a day, after a comma: "Milan, December 2 – Enel ...". */
    private static boolean monthDayAt(List<Token> tokens, int i) {
        return i >= 2 && i + 1 < tokens.size() && tokens.get(i - 1).text().equals(",")
                && tokens.get(i).isCapitalized() && (Words.MONTHS.contains(tokens.get(i).folded())
                    || MONTH_ABBREVIATIONS.contains(tokens.get(i).folded()))
                && tokens.get(i + 1).text().matches("\\d{1,2}");
    }

    /** The months as wires shorten them ("Nov 25"); {@link Words#MONTHS} holds their full names. */
    private static final java.util.Set<String> MONTH_ABBREVIATIONS = Words.set("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    /** Whether token {@code i} is a year ("2026"). */
    private static boolean yearAt(List<Token> tokens, int i) {
        String t = i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit);
    }

    /** The colon closing a date of at most four tokens that ends in its year, from token {@code from}, or -1. */
    private static int dateClosedByColon(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 5); k++) {
            if (yearAt(tokens, k)) {
                return tokens.get(k + 1).text().equals(":") && tokens.get(from).isWord() ? k + 1 : -1;
            }
            if (!fitsDateline(tokens.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the first token after the dateline, 0 when the sentence opens with none. */
    public static int bodyStart(Sentence s) {
        int dash = dashIndex(s);
        return dash < 0 ? 0 : dash + 1;
    }

    private static boolean fitsDateline(Token t) {
        String w = t.text();
        // "ANKARA/WASHINGTON, Nov 25 (Reuters) -": a story filed from two places
        return t.isCapitalized() || w.equals(",") || w.equals(".") || w.equals("/") || Character.isDigit(w.charAt(0));
    }

    /**
     * An em dash, en dash, hyphen or double hyphen: what closes a dateline ("KABUL (Reuters) -"); and EFE's full stop
     * and hyphen ("Madrid (EFE).- Spanish Prime Minister ...").
     */
    public static boolean isDash(String t) {
        return t.equals("\u2014") || t.equals("\u2013") || t.equals("-") || t.equals("--") || t.equals(".-");
    }
}
