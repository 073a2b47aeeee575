package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a body: curly “...” pairs, straight "..." pairs and guillemets.
 * A quote left open at the end of a paragraph is closed there (news style opens each paragraph of a
 * long quote again and closes only the last). Straight quotes pair up within a paragraph.
 * Single curly quotes (British style, ‘...’) count when a closing mark can be told apart from an
 * apostrophe (see {@link #singleQuoteClose}); inside a double-quoted passage they are a nested quote
 * and stay part of it.
 */
public final class QuoteScanner {

    public List<QuoteSpan> scan(String body) {
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int end = i;
                    if (end > open + 1) {
                        spans.add(new QuoteSpan(open, end));
                    }
                    open = -1;
                }
                continue;
            }
            if (open < 0) {
                if (c == '\u201C' || c == '\u201E') {
                    open = i;
                    closer = '\u201D';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if (c == '\u00AB') {
                    open = i;
                    closer = '\u00BB';
                } else if (c == '\u2018') {
                    int close = singleQuoteClose(body, i);
                    if (close > i + 1) {
                        spans.add(new QuoteSpan(i, close));
                        i = close;
                    }
                }
            } else if (c == closer || (closer == '\u201D' && c == '"')
                    || (closer == '\u201D' && c == '\u201C' && body.charAt(open) == '\u201E')) {
                // German style „...“ closes with the mark English uses to open
                if (i > open + 1) {
                    spans.add(new QuoteSpan(open, i));
                }
                open = -1;
            } else if (c == '\u201C' && closer == '\u201D') {
                // a stray opening mark: the previous quote was never closed; restart here
                open = i;
            }
        }
        if (open >= 0 && body.length() > open + 1) {
            spans.add(new QuoteSpan(open, body.length()));
        }
        return spans;
    }

    /**
     * The closing ’ of a single quote opened at {@code open}, within its paragraph, or -1. The
     * opening ‘ must start a word; a ’ between letters is an apostrophe (“Government’s”). A ’ after
     * an "s" and before a space may be a plural possessive (“farmers’ union”), so a mark after
     * punctuation or before punctuation is preferred, and such a mark is taken only when no other is.
     */
    static int singleQuoteClose(String body, int open) {
        if (open + 1 >= body.length() || !Character.isLetter(body.charAt(open + 1))
                || (open > 0 && Character.isLetterOrDigit(body.charAt(open - 1)))) {
            return -1;
        }
        int lineEnd = body.indexOf('\n', open);
        int end = lineEnd < 0 ? body.length() : lineEnd;
        int fallback = -1;
        for (int j = open + 2; j < end; j++) {
            if (body.charAt(j) == '\u2018' && fallback >= 0 && !Character.isLetterOrDigit(body.charAt(j - 1))) {
                // another quote opens: the possible closer before it was the one
                return fallback;
            }
            if (body.charAt(j) != '\u2019') {
                continue;
            }
            char next = j + 1 < end ? body.charAt(j + 1) : ' ';
            if (Character.isLetterOrDigit(next)) {
                continue;
            }
            char prev = body.charAt(j - 1);
            boolean punctuationNext = next != ' ';
            if (prev != 's' || punctuationNext || j + 1 >= end) {
                return j;
            }
            if (fallback < 0) {
                fallback = j;
            }
        }
        return fallback;
    }
}
