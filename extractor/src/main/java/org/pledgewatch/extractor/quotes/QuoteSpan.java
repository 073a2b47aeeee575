package org.pledgewatch.extractor.quotes;

/**
 * Words in quotation marks: {@code open}/{@code close} are the offsets of the marks ({@code close}
 * is the body length or a line end when a quote runs on to the next paragraph, as news style
 * allows); the words are {@code body.substring(open + 1, close)}.
 */
public record QuoteSpan(int open, int close) {

    public int contentStart() {
        return open + 1;
    }

    public int contentEnd() {
        return close;
    }

    public boolean covers(int offset) {
        return offset > open && offset < close;
    }
}
