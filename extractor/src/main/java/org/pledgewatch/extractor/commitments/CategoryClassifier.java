package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.extractor.Category;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.WordLists;

/**
 * The category of a commitment from keywords ({@code lexicon/categories.tsv}): words of the action
 * count twice as much as the rest of the sentence; no keyword gives OTHER.
 */
public final class CategoryClassifier {
    private final Map<Category, List<Keyword>> keywords = new EnumMap<>(Category.class);

    /**
     * A keyword of the list, folded: {@code text} stands as a word of its own, or, when {@code prefix} (written with a
     * closing "*": "sanction*"), opens a word. Split once at loading: {@link #classify} asks every keyword twice for
     * every commitment found.
     */
    private record Keyword(String text, boolean prefix) {
        static Keyword of(String keyword) {
            boolean prefix = keyword.endsWith("*");
            return new Keyword(prefix ? keyword.substring(0, keyword.length() - 1) : keyword, prefix);
        }
    }

    public static CategoryClassifier load() {
        CategoryClassifier c = new CategoryClassifier();
        for (String line : WordLists.lines("/lexicon/categories.tsv")) {
            String[] f = line.split("\t");
            List<Keyword> words = new ArrayList<>();
            for (String w : f[1].split("\\|")) {
                words.add(Keyword.of(Folding.fold(w.strip())));
            }
            c.keywords.put(Category.valueOf(f[0].strip()), words);
        }
        return c;
    }

    public Category classify(String action, String sentence) {
        String a = " " + Folding.fold(action) + " ";
        String s = " " + Folding.fold(sentence) + " ";
        Category best = Category.OTHER;
        int bestScore = 0;
        Map<Category, Integer> scores = new EnumMap<>(Category.class);
        for (Map.Entry<Category, List<Keyword>> e : keywords.entrySet()) {
            int score = 0;
            for (Keyword k : e.getValue()) {
                score += 2 * count(a, k) + count(s, k);
            }
            scores.put(e.getKey(), score);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        if (best == Category.FINANCIAL) {
            // money is the means; humanitarian, climate or military aid is what it is for
            Category purpose = null;
            int purposeScore = 0;
            for (Category c : List.of(Category.HUMANITARIAN, Category.CLIMATE, Category.MILITARY)) {
                if (scores.getOrDefault(c, 0) > purposeScore) {
                    purpose = c;
                    purposeScore = scores.get(c);
                }
            }
            if (purpose != null) {
                return purpose;
            }
        }
        return best;
    }

    private static int count(String text, Keyword keyword) {
        boolean prefix = keyword.prefix();
        String k = keyword.text();
        int n = 0;
        int i = text.indexOf(k);
        while (i >= 0) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + k.length() < text.length() ? text.charAt(i + k.length()) : ' ';
            if (!Character.isLetter(before) && (prefix || !Character.isLetter(after))) {
                n++;
            }
            i = text.indexOf(k, i + 1);
        }
        return n;
    }
}
