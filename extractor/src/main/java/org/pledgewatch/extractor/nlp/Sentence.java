package org.pledgewatch.extractor.nlp;

import java.util.List;

/**
 * A sentence of the body with its tokens. Part-of-speech tags and lemmas are computed on demand and
 * only for small windows of tokens: tagging every sentence of every article would cost most of the
 * extraction time, while only a few places (the end of an action phrase, a clause after "said")
 * need them.
 */
public final class Sentence {
    private final int index;
    private final String text;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final TextAnalyzer analyzer;
    /** Tags of single tokens, each from the first window that covered it. */
    private String[] windowTags;
    /** {@link Dateline#dashIndex} of this sentence, once asked ({@link #NOT_ASKED} before). */
    private int datelineDash = NOT_ASKED;
    private static final int NOT_ASKED = Integer.MIN_VALUE;

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

    /** Whether the sentence opens a line of {@code body}, the text it was cut from: a list's line, a heading. */
    public boolean opensALine(String body) {
        return start == 0 || body.charAt(start - 1) == '\n';
    }

    public List<Token> tokens() {
        return tokens;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * Universal POS tags (NOUN, VERB, AUX, PROPN...) of tokens [from, to) only, tagged with two tokens
     * of context on each side: a fraction of the cost of tagging the whole sentence.
     */
    public String[] tags(int from, int to) {
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
            // (the two tokens after the window's last are its context only: their own tags are not needed)
            String[] window = analyzer.tag(tokens.subList(a, b), to - a);
            for (int i = from; i < to; i++) {
                if (windowTags[i] == null) {
                    windowTags[i] = window[i - a];
                }
            }
        }
        return java.util.Arrays.copyOfRange(windowTags, from, to);
    }

    /** The dateline's dash of this sentence: {@code find}'s answer, worked out on the first question only. */
    int datelineDash(java.util.function.ToIntFunction<Sentence> find) {
        if (datelineDash == NOT_ASKED) {
            datelineDash = find.applyAsInt(this);
        }
        return datelineDash;
    }

    /** Whether token {@code i} is tagged a verb or an auxiliary. */
    public boolean isVerbAt(int i) {
        return isVerbTag(tags(i, i + 1)[0]);
    }

    /** Whether any token of [from, to) is tagged a verb or an auxiliary. */
    public boolean hasVerb(int from, int to) {
        for (String tag : tags(from, to)) {
            if (isVerbTag(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until Lebanon disarms Hezbollah", "said Hamas diverts aid": after a proper noun, a word in -s before a noun, a name
     * or a determiner is the verb the tagger took for a plural noun. {@code tags} are a window's, {@code k} inside it.
     */
    public static boolean verbTaggedAsPluralAfterName(String[] tags, int k, String word) {
        // (a lower-case word of four letters or more: not "Dar es Salaam", not "the Polish Armaments Group")
        return k > 0 && k + 1 < tags.length && tags[k].equals("NOUN") && tags[k - 1].equals("PROPN") && word.endsWith("s")
                && !word.endsWith("ss") && word.length() > 3 && Character.isLowerCase(word.charAt(0))
                && (tags[k + 1].equals("NOUN") || tags[k + 1].equals("DET") || tags[k + 1].equals("PROPN"));
    }

    /**
     * Whether {@code word}, tagged {@code tags[k]} in a window's {@code tags}, reads as a verb: tagged one, or a verb the
     * tagger took for a plural noun after a name (see {@link #verbTaggedAsPluralAfterName}).
     */
    public static boolean readsAsVerb(String[] tags, int k, String word) {
        return isVerbTag(tags[k]) || verbTaggedAsPluralAfterName(tags, k, word);
    }

    /** VERB or AUX: a verb of any kind, to the rules that ask whether a clause has one. */
    public static boolean isVerbTag(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /**
     * The lemma of token {@code i}: its tag from a small window, then the OpenNLP lemmatizer on the
     * word alone (the lemmatizer is far too slow to run on every sentence of every article).
     */
    public String lemma(int i) {
        return analyzer.lemma(tokens.get(i).text(), tags(i, i + 1)[0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
