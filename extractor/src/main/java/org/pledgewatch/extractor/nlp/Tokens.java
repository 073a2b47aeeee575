package org.pledgewatch.extractor.nlp;

import java.util.List;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/** Small searches over the tokens of a sentence. */
public final class Tokens {
    private Tokens() {
    }

    /** Index of the first token that starts at or after {@code offset} (size() if none). */
    public static int firstAtOrAfter(Sentence s, int offset) {
        List<Token> t = s.tokens();
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that ends at or before {@code offset} (-1 if none). */
    public static int lastEndingBy(Sentence s, int offset) {
        List<Token> t = s.tokens();
        int i = firstAtOrAfter(s, offset) - 1;
        while (i >= 0 && t.get(i).end() > offset) {
            i--;
        }
        return i;
    }

    /** The index of the first token of {@code s} at or after character {@code offset}. */
    public static int tokenAt(Sentence s, int offset) {
        int k = 0;
        while (k < s.tokens().size() && s.tokens().get(k).start() < offset) {
            k++;
        }
        return k;
    }

    public static String folded(Sentence s, int i) {
        return i >= 0 && i < s.tokens().size() ? s.tokens().get(i).folded() : "";
    }

    private static final java.util.Set<String> PREPOSITIONS = Words.set("in", "on", "at", "to", "from", "by",
            "with", "for", "of", "against", "across", "into", "over", "under", "between", "among", "about", "through",
            "via", "like", "including", "than", "toward", "towards", "near", "within", "without", "after", "before",
            "since", "during", "thanked", "met", "visited", "called", "urged", "asked", "told");

    /**
     * True when the words starting at token {@code first} are the object of a preposition or of a
     * verb that takes a person or place as object ("led by France", "thanked Berlin"): such a
     * mention is not the subject of what follows.
     */
    public static boolean isObject(Sentence s, int first) {
        int before = first - 1;
        if (before >= 0 && folded(s, before).equals("the")) {
            before--;
        }
        int seat = placeCompoundStart(s.tokens(), before + 1);
        if (seat >= 0) {
            // "analyst Cem Yıldırım of Istanbul-based Anatolia Energy Research said": where the firm sits stands
            // between it and its preposition
            before = seat > 0 && folded(s, seat - 1).equals("the") ? seat - 2 : seat - 1;
        }
        // "holders of Ethiopia's $1 billion Eurobond": what a sum counts is no subject either
        return before >= 0 && (PREPOSITIONS.contains(folded(s, before)) || SCALES.contains(folded(s, before)));
    }

    private static final java.util.Set<String> SCALES = Words.set("million", "billion", "trillion", "bn", "mn");
    /** Second halves of adjectives of where a body sits: "Istanbul-based", "Geneva-headquartered". */
    private static final String[] PLACE_COMPOUND_ENDS = {"based", "headquartered"};

    /**
     * The first token of an adjective of where a body sits that ends right before {@code end} ("Istanbul-based", which
     * the tokenizer keeps whole or cuts "Istanbul" "-" "based" or "Istanbul" "-based"), or -1.
     */
    public static int placeCompoundStart(List<Token> tokens, int end) {
        int last = end - 1;
        if (last < 0) {
            return -1;
        }
        // (asked before nearly every mention: the word's ending is tested in place, without cutting the word)
        String w = tokens.get(last).folded();
        String ending = null;
        for (String e : PLACE_COMPOUND_ENDS) {
            if (w.endsWith(e)) {
                ending = e;
            }
        }
        if (ending == null) {
            return -1;
        }
        int stem = w.length() - ending.length();
        boolean whole = stem >= 2 && w.charAt(stem - 1) == '-';
        boolean cut = (stem == 0 || stem == 1 && w.charAt(0) == '-') && last >= 1
                && tokens.get(last).start() == tokens.get(last - 1).end();
        if (!whole && !cut) {
            return -1;
        }
        int k = last;
        while (k > 0 && tokens.get(k).start() == tokens.get(k - 1).end()) {
            k--;
        }
        return k;
    }

    /**
     * The token after an adverb set off by commas at {@code at} (", however," between a modal and its verb: "Berlin
     * would, however, provide"), or {@code at} when no such insert of one to three words stands there.
     */
    public static int afterInsertedAdverb(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).folded().equals(",")) {
            return at;
        }
        for (int k = at + 1; k < Math.min(tokens.size() - 1, at + 5); k++) {
            String w = tokens.get(k).folded();
            if (w.equals(",")) {
                return k > at + 1 ? k + 1 : at;
            }
            if (!Words.INSERTED_ADVERBS.contains(w)) {
                return at;
            }
        }
        return at;
    }

    /**
     * A quotation mark: one of \" \u201C \u201D \u201E \u00AB \u00BB, or '' or ``. Written as tests of the length
     * and the characters, not eight {@code equals}: asked of nearly every token by many rules.
     */
    public static boolean isQuoteMark(String token) {
        int n = token.length();
        if (n == 0 || n > 2) {
            return false;
        }
        char c = token.charAt(0);
        if (n == 1) {
            return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
        }
        return (c == '\'' || c == '`') && token.charAt(1) == c;
    }

    /**
     * The token after the first comma from {@code first + 1} up to {@code end} (excluded), or -1: where a phrase that
     * opens a sentence closes ("Among the Europeans, Keir Starmer ...", "In areas controlled by the Government, WFP ...").
     */
    public static int afterClosingComma(Sentence s, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            if (s.tokens().get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** An "-ing" form of a verb, as folded ("working", "adding"), not a short word such as "king" or "thing". */
    public static boolean isIngForm(String folded) {
        return folded.endsWith("ing") && folded.length() > 5;
    }

    public static boolean isPunctuation(String token) {
        return !token.isEmpty() && !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /**
     * Whether the token at {@code k} touches the tokens on both sides with no space: the hyphen of "civilian-led" or
     * "Kassym-Jomart", which the tokenizer splits off.
     */
    public static boolean gluedToBothNeighbours(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).end() == tokens.get(k).start()
                && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /** Whether the word opens with a digit ("40", "1.2", "2,000"). */
    public static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** "GENEVA", "UN", "MOTEGI": two or more characters, no lower-case letter and some letter. */
    public static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && !word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the words of an opening "Asked whether Norway would cover the shortfall," end (the token after its comma):
     * the question's words, not the answer's; 0 when the sentence opens otherwise.
     */
    public static int openingQuestionEnd(Sentence s) {
        if (!folded(s, 0).equals("asked")) {
            return 0;
        }
        for (int k = 1; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }
}
