package org.pledgewatch.extractor.nlp;

import org.pledgewatch.extractor.text.Folding;

/**
 * One token of the body: {@code text == body.substring(start, end)}; {@code folded} is the text
 * folded once for all the lexicon lookups (lower case, no accents, straight apostrophes).
 */
public record Token(String text, int start, int end, String folded) {

    public Token(String text, int start, int end) {
        this(text, start, end, Folding.fold(text));
    }

    public boolean isCapitalized() {
        if (text.isEmpty()) {
            return false;
        }
        // (asked of nearly every token by many rules: an ASCII first letter, nearly every word, is tested as it is)
        char c = text.charAt(0);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(text.codePointAt(0));
    }
}
