package org.pledgewatch.extractor.commitments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.text.SparseFind;

/** The time frame of a commitment as written: "by 2030", "within two years", "next year", "from 2026". */
public final class TimeFrameFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String NUM = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|24|several|a few)";
    private static final Pattern TIME = Pattern.compile(
            "\\b(?:by (?:the end of )?(?:(?:" + MONTH + " )?\\d{4}|next year|the end of (?:the|this|next) (?:year|decade|month)|" + MONTH + ")"
                    + "|(?:within|over|in) the (?:next|coming) " + NUM + " (?:years?|months?|weeks?|days?)"
                    + "|within " + NUM + " (?:years?|months?|weeks?|days?)"
                    + "|over " + NUM + " (?:years?|months?)"
                    + "|(?:from|between) \\d{4} (?:to|and|until) \\d{4}"
                    + "|(?:starting|beginning|from) (?:in )?(?:" + MONTH + " )?\\d{4}"
                    + "|(?:starting|beginning) (?:next|this) (?:year|month|week)"
                    + "|until (?:" + MONTH + " )?\\d{4}"
                    + "|(?:next|this) (?:year|month|week|spring|summer|autumn|fall|winter)"
                    + "|in (?:" + MONTH + " )?\\d{4}"
                    + "|in the coming (?:years|months|weeks|days))\\b");

    /** Dates and deadlines that are no time frame of their own: "in March", "within a month", "on election day". */
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(?:in|from|by|before|on|until) (?:early |late |mid-)?(?:" + MONTH + "|spring|summer|autumn|winter)\\b"
            + "|\\bwithin (?:a|one|two|three|\\d+) (?:days?|weeks?|months?)\\b|\\b(?:election|polling) day\\b");

    /** True when {@code text} holds a time frame or a date: "by the end of 2027", "in March", "on election day". */
    public boolean hasDate(String text) {
        return find(text, 0) != null || DEADLINE.matcher(text).find();
    }

    /** The first time frame in {@code text} at or after {@code from}, or null. */
    public String find(String text, int from) {
        // tried only where a time frame can start (see SparseFind): asked of every clause with a cue, the pattern's
        // alternation at every character cost more than the matches
        Matcher m = SparseFind.matcher(TIME, text);
        if (SparseFind.find(m, text, Math.max(0, from), at -> mayOpenTimeFrame(text, at))) {
            return m.group();
        }
        return null;
    }

    /**
     * Whether {@link #TIME} can match at {@code at}: at the first letter of one of its opening words ("by", "within",
     * "over", "in", "from", "between", "starting", "beginning", "until", "next", "this", each followed by a space in every
     * alternative), not inside a word (its {@code \b}: not after a letter or digit of ASCII; the pattern itself checks
     * the rest).
     */
    private static boolean mayOpenTimeFrame(String text, int at) {
        if (at >= text.length() || at > 0 && isAsciiLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        // (the whole opening word and its space: the pattern was tried at every "the", "to", "is", "of", ...)
        return switch (text.charAt(at)) {
            case 'b' -> text.startsWith("y ", at + 1) || text.startsWith("etween ", at + 1) || text.startsWith("eginning ", at + 1);
            case 'w' -> text.startsWith("ithin ", at + 1);
            case 'o' -> text.startsWith("ver ", at + 1);
            case 'i' -> text.startsWith("n ", at + 1);
            case 'f' -> text.startsWith("rom ", at + 1);
            case 's' -> text.startsWith("tarting ", at + 1);
            case 'u' -> text.startsWith("ntil ", at + 1);
            case 'n' -> text.startsWith("ext ", at + 1);
            case 't' -> text.startsWith("his ", at + 1);
            default -> false;
        };
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
