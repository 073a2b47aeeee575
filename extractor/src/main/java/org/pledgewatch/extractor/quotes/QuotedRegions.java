package org.pledgewatch.extractor.quotes;

import java.util.List;

/** Answers "is this offset inside quotation marks?" for one body, by binary search over the spans. */
public final class QuotedRegions {
    private final List<QuoteSpan> spans;

    public QuotedRegions(List<QuoteSpan> spans) {
        this.spans = List.copyOf(spans);
    }

    public List<QuoteSpan> spans() {
        return spans;
    }

    /** The quote whose words include {@code offset}, or null. */
    public QuoteSpan at(int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan s = spans.get(mid);
            if (offset <= s.open()) {
                hi = mid - 1;
            } else if (offset >= s.close()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    public boolean isQuoted(int offset) {
        return at(offset) != null;
    }

    /** True for a quotation mark character that opens or closes one of the spans. */
    public boolean isMark(int offset) {
        for (QuoteSpan s : spans) {
            if (s.open() == offset || s.close() == offset) {
                return true;
            }
            if (s.open() > offset) {
                break;
            }
        }
        return false;
    }
}
