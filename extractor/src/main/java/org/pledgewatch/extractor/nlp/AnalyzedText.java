package org.pledgewatch.extractor.nlp;

import java.util.List;

/** The body of one article split into sentences and tokens. Not shared between threads. */
public record AnalyzedText(String body, List<Sentence> sentences) {

    /** The sentence holding the character at {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
