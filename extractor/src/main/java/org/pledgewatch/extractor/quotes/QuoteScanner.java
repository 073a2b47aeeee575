package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a body: curly “...” pairs, straight "..." pairs and guillemets.
 * A quote left open at the end of a paragraph is closed there (news style opens each paragraph of a
 * long quote again and closes only the last). Straight quotes pair up within a paragraph.
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
}
