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
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
