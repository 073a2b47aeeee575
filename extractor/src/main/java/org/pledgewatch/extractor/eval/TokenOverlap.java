package org.pledgewatch.extractor.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.extractor.text.Folding;

/**
 * Token overlap of two texts: shared word tokens (folded, multiset) divided by the length of the
 * longer one. 1.0 for the same words; "the meeting was a powerful expression of unity" against
 * "powerful expression of unity" gives 4/8 = 0.5. Punctuation and quotation marks do not count.
 */
public final class TokenOverlap {
    private TokenOverlap() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static double of(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : wa) {
            counts.merge(w, 1, Integer::sum);
        }
        int shared = 0;
        for (String w : wb) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                shared++;
                counts.put(w, c - 1);
            }
        }
        return shared / (double) Math.max(wa.size(), wb.size());
    }
}
