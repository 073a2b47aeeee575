package org.pledgewatch.extractor.text;

import java.util.Arrays;
import java.util.Set;

/** Word lists written in code: like {@code Set.of}, but a word listed twice is no error at class loading. */
public final class Words {
    /** The days of the week, folded: "said on Monday", "Last Tuesday it said". */
    public static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** The months, folded: "said in October the bank was ready ...". */
    public static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * Adverbs news sets off by commas inside a clause: "said, however, that ...", "Berlin would, in turn, provide",
     * "would, for its part, send" (some only as part of a phrase: "in turn", "of course", "for its part").
     */
    public static final Set<String> INSERTED_ADVERBS = set("however", "though", "also", "too", "again", "moreover",
            "nevertheless", "nonetheless", "therefore", "instead", "meanwhile", "separately", "then", "later", "in",
            "turn", "addition", "of", "course", "for", "its", "part");

    /** Past participles that do not end in "-ed": "would be held", "the money, spread over five years, would ...". */
    public static final Set<String> IRREGULAR_PARTICIPLES = set("held", "built", "made", "spent", "paid", "sent",
            "sold", "cut", "set", "put", "kept", "given", "taken", "done", "brought", "bought", "met", "led", "laid",
            "shown", "won", "drawn", "lent", "dealt", "spread", "shut", "split", "frozen", "withdrawn", "rebuilt");

    /** A past participle: "deployed" (of five letters or more, not "need"), or one of {@link #IRREGULAR_PARTICIPLES}. */
    public static boolean isParticiple(String folded) {
        return folded.endsWith("ed") && folded.length() > 4 || IRREGULAR_PARTICIPLES.contains(folded);
    }

    private Words() {
    }

    /** What the regex class {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * An immutable set of the words. A {@code HashSet} underneath, not {@code Set.of}: the rules ask hundreds of these
     * lists about nearly every token and most answers are "no"; a {@code HashMap} compares the cached hash codes before
     * the strings, where {@code Set.of}'s probing calls {@code equals} on every occupied slot it meets (a seventh of the
     * seed article's time went to {@code ImmutableCollections$SetN.probe}).
     */
    public static Set<String> set(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(Arrays.asList(words)));
    }

    /** A list that holds another and some words more: {@code union(COPULAS, "took", "over")}. */
    public static Set<String> union(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return java.util.Collections.unmodifiableSet(all);
    }
}
