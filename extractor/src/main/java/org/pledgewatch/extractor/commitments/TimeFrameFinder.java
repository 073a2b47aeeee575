package org.pledgewatch.extractor.commitments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Matcher m = TIME.matcher(text);
        if (m.find(Math.max(0, from))) {
            return m.group();
        }
        return null;
    }
}
