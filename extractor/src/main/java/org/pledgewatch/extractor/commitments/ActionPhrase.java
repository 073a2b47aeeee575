package org.pledgewatch.extractor.commitments;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Where the action phrase after a cue ends: before a condition, a comma or full stop, a purpose
 * clause ("to support Ukraine's defence needs") or a relative clause, and after at most 18 words.
 * A purpose "to" is told apart from a directional "to" ("deploy soldiers to Ukrainian territory") by
 * the part-of-speech tag of the next word, so only the few tokens of the action window are tagged.
 */
public final class ActionPhrase {
    private static final int MAX_WORDS = 18;
    /** Verbs that open a purpose clause often enough to spare the tagger: "to support", "to help". */
    private static final Set<String> PURPOSE_VERBS = Words.set("support", "help", "provide", "ensure", "avoid",
            "protect", "strengthen", "boost", "reach", "prevent", "secure", "meet", "build", "fund", "finance", "pay",
            "train", "deliver", "replace", "monitor", "reduce", "cut", "increase", "keep", "stop", "end", "defend",
            "rebuild", "restore", "improve", "attract", "cover", "counter", "deter", "offset", "speed", "ease");
    /** Words after "to" that are never verbs. */
    private static final Set<String> NOT_VERBS = Words.set("the", "a", "an", "its", "their", "his", "her", "our", "my",
            "this", "that", "these", "those", "all", "some", "any", "each", "every", "both", "more", "most", "about",
            "around", "over", "under", "at", "be");
    /** What opens a second clause after "and": "and that ...", "and would ...". */
    private static final Set<String> NEXT_CLAUSE = Words.set("that", "would", "will", "could", "might", "may", "had",
            "has", "was", "is", "said", "accused", "called", "calls", "warned", "added", "plans", "planned", "intends",
            "expects", "aims", "wants");
    private static final Set<String> STOP = Words.set(",", ".", ";", ":", "!", "?", "\u2014", "\u2013", "(", "which",
            "while", "because", "although", "but", "so", "as", "unless");

    public int end(Sentence s, int from, List<int[]> conditions) {
        List<Token> tokens = s.tokens();
        int limit = Math.min(tokens.size(), from + MAX_WORDS);
        // skip adverbs between the cue and the verb: "will also", "would ultimately"
        int k = from;
        String[] tags = null;
        int tagged = Math.min(tokens.size(), limit + 1);
        for (; k < limit; k++) {
            Token t = tokens.get(k);
            String w = t.folded();
            if (STOP.contains(w) && k > from) {
                break;
            }
            if (w.equals("for") && k > from && k + 1 < limit && tokens.get(k + 1).folded().equals("as")) {
                // "stand with Ukraine for as long as it takes": how long, not what
                break;
            }
            if (Tokens.isQuoteMark(t.text()) && k > from && tokens.get(k - 1).text().equals(",")) {
                break;
            }
            if (w.equals("and") && k > from + 1 && k + 1 < limit && NEXT_CLAUSE.contains(tokens.get(k + 1).folded())) {
                // 'would "negotiate in good faith" and would not accept ...', 'stands ready to support Senegal and
                // that the talks were constructive': a second clause of the same subject
                break;
            }
            if (startsCondition(t, conditions)) {
                break;
            }
            if (w.equals("and") && k > from && anotherSpeakerFollows(tokens, k + 1)) {
                // "announced a contribution of €60 million and Spain said it would provide": the next pledger
                break;
            }
            if (w.equals("to") && k > from + 2 && k + 1 < tokens.size()) {
                Token next = tokens.get(k + 1);
                if (PURPOSE_VERBS.contains(next.folded())) {
                    break;
                }
                if (next.isCapitalized() || NOT_VERBS.contains(next.folded()) || !next.isWord()) {
                    // "to Ukrainian territory", "to the border": a direction, no need to ask the tagger
                    continue;
                }
                if (tags == null) {
                    tags = s.tags(from, tagged);
                }
                if (k + 1 - from < tags.length && tags[k + 1 - from].equals("VERB") && tags[k - from].equals("PART")) {
                    break;
                }
            }
        }
        while (k > from + 1 && Tokens.isQuoteMark(tokens.get(k - 1).text()) && quoteMarks(tokens, from, k) % 2 == 1) {
            // 'sign the treaty "the day after" ...': the mark opens the condition, not the action (but 'announce
            // its choice "in the coming months"' keeps the mark that closes its own quote)
            k--;
        }
        if (k > from + 1 && k < tokens.size() && tokens.get(k - 1).folded().equals("only") && startsCondition(tokens.get(k), conditions)) {
            // "sign a deal only when it is fair": "only" belongs to the condition
            k--;
        }
        return k;
    }

    private static int quoteMarks(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Tokens.isQuoteMark(tokens.get(k).text())) {
                n++;
            }
        }
        return n;
    }

    /** A capitalised subject, then a verb of saying or pledging within three words: "Spain said", "the EU pledged". */
    static boolean anotherSpeakerFollows(List<Token> tokens, int from) {
        int k = from < tokens.size() && tokens.get(from).folded().equals("the") ? from + 1 : from;
        if (k >= tokens.size() || !tokens.get(k).isCapitalized() || tokens.get(k).folded().equals("i")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            if (NEXT_PLEDGER_VERBS.contains(tokens.get(j).folded())) {
                return true;
            }
            if (!tokens.get(j).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NEXT_PLEDGER_VERBS = Words.set("said", "says", "announced", "pledged", "promised",
            "offered", "committed", "vowed", "added");

    private static boolean startsCondition(Token t, List<int[]> conditions) {
        for (int[] c : conditions) {
            if (c[0] == t.start()) {
                return true;
            }
        }
        return false;
    }
}
