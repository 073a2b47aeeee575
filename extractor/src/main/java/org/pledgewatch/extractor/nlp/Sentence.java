package org.pledgewatch.extractor.nlp;

import java.util.List;

/**
 * A sentence of the body with its tokens. Part-of-speech tags and lemmas are computed on demand,
 * because tagging every sentence of every article would cost most of the extraction time while
 * only sentences holding a quote or a cue word need them.
 */
public final class Sentence {
    private final int index;
    private final String text;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final TextAnalyzer analyzer;
    private String[] tags;
    private String[] lemmas;
    /** Tags of single tokens, each from the first window that covered it. */
    private String[] windowTags;

    Sentence(int index, String text, int start, int end, List<Token> tokens, TextAnalyzer analyzer) {
        this.index = index;
        this.text = text;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.analyzer = analyzer;
    }

    public int index() {
        return index;
    }

    /** The sentence as written: {@code body.substring(start(), end())}. */
    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Universal POS tags (NOUN, VERB, AUX, PROPN...), one per token. */
    public String[] tags() {
        if (tags == null) {
            tags = analyzer.tag(tokens);
        }
        return tags;
    }

    /**
     * Universal POS tags of tokens [from, to) only, tagged with two tokens of context on each side:
     * a fraction of the cost of tagging the sentence when only an action phrase needs tags.
     */
    public String[] tags(int from, int to) {
        if (tags != null) {
            return java.util.Arrays.copyOfRange(tags, from, to);
        }
        if (windowTags == null) {
            windowTags = new String[tokens.size()];
        }
        boolean known = true;
        for (int i = from; i < to && known; i++) {
            known = windowTags[i] != null;
        }
        if (!known) {
            // tag the window once; later questions about these tokens reuse the answer
            int a = Math.max(0, from - 2);
            int b = Math.min(tokens.size(), to + 2);
            String[] window = analyzer.tag(tokens.subList(a, b));
            for (int i = from; i < to; i++) {
                if (windowTags[i] == null) {
                    windowTags[i] = window[i - a];
                }
            }
        }
        return java.util.Arrays.copyOfRange(windowTags, from, to);
    }

    /**
     * The lemma of token {@code i}, from the OpenNLP lemmatizer run on a window of five tokens
     * around it (the lemmatizer is far too slow to run on every sentence of every article).
     */
    public String lemma(int i) {
        if (lemmas != null) {
            return lemmas[i];
        }
        return analyzer.lemma(tokens.get(i).text(), tags(i, i + 1)[0]);
    }

    /** Lemmas, lower case, one per token. */
    public String[] lemmas() {
        if (lemmas == null) {
            lemmas = analyzer.lemmatize(tokens, tags());
        }
        return lemmas;
    }

    @Override
    public String toString() {
        return text;
    }
}
