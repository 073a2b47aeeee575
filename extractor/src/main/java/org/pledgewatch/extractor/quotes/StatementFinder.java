package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.nlp.AnalyzedText;

/**
 * All statements of an article: attributed direct quotes and reported speech, in order of
 * appearance. A partial quote inside a reported clause ("said he would deploy forces "away from the
 * line of contact"") is part of that clause, not a statement of its own.
 */
public final class StatementFinder {
    private final DirectQuoteAttributor direct;
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder();
    private final TranscriptFinder transcripts = new TranscriptFinder();
    private final UnquotedBlockFinder blocks = new UnquotedBlockFinder();

    public StatementFinder(Gazetteer gazetteer) {
        this.direct = new DirectQuoteAttributor(gazetteer);
    }

    public List<FoundStatement> find(AnalyzedText text, QuotedRegions quotes, SpeakerResolver speakers,
                                     org.pledgewatch.extractor.entities.EntityRegistry registry, Interviewers interviewers) {
        List<FoundStatement> reports = withoutNestedReports(reported.find(text, quotes, speakers));
        List<FoundStatement> directs = new ArrayList<>(direct.attribute(text, quotes.spans(), speakers, reports));
        directs.addAll(transcripts.find(text, quotes, registry, interviewers));
        directs.addAll(blocks.find(text, quotes, speakers));
        List<FoundStatement> all = new ArrayList<>(reports);
        for (FoundStatement d : directs) {
            boolean inside = false;
            for (FoundStatement r : reports) {
                if (d.quoteStart() >= r.quoteStart() && d.quoteEnd() <= r.quoteEnd() + 1) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                all.add(d);
            }
        }
        all.addAll(RestatedLeads.find(text, speakers, all));
        // an interviewer's line is no statement (guidelines, "Transcripts"), nor is what it reports others saying: a
        // report in it, or the line of an analyst who asks on a company's call, labelled with the firm ("Priya Raman,
        // Morgan Stanley: Are you still planning ...?"; a member of parliament who asks still speaks)
        all.removeIf(st -> interviewers.asked(st.quoteStart()) && (!st.direct() || afterFirmsLabel(text.body(), st.quoteStart())));
        all.sort(Comparator.comparingInt(FoundStatement::quoteStart));
        List<FoundStatement> attributed = new ArrayList<>(ForwardSpeakers.apply(text, speakers, all));
        attributed.removeIf(st -> !st.direct() && registry.isNewsAgency(st.speaker()) && reportsAnotherSpeaker(text.body(), st));
        return attributed;
    }

    /** Whether the text from the line's start to {@code offset} is a label naming a firm: "Tom Hadley, Barclays: ". */
    private static boolean afterFirmsLabel(String body, int offset) {
        int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
        String before = body.substring(lineStart, offset).strip();
        return before.endsWith(":") && before.indexOf(':') == before.length() - 1
                // (not a member's riding and party in brackets: "Mr. Yves-François Blanchet (Beloeil—Chambly, BQ):")
                && (before.contains(", ") && before.indexOf('(') < 0 || before.regionMatches(true, 0, "analyst", 0, 7));
    }

    /** Verbs by which a news agency's report quotes someone else. */
    private static final java.util.regex.Pattern OTHERS_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:said|says|announced|told|stated|wrote|affirmed|stressed|reiterated)\\b");

    /**
     * "Zelensky said Ukraine would hold elections, Xinhua reported", "Svyrydenko announced this on Telegram, Ukrinform
     * reports": the agency that publishes the story says nothing of its own; what is reported is the other's statement.
     */
    private static boolean reportsAnotherSpeaker(String body, FoundStatement report) {
        return OTHERS_WORDS.matcher(body).region(report.quoteStart(), report.quoteEnd()).find();
    }

    /** Verbs of an opinion, whose report may lie inside another report of the same speaker. */
    private static final java.util.Set<String> OPINIONS = org.pledgewatch.extractor.text.Words.set("expected", "expects",
            "hoped", "hopes", "believed", "believes", "thought", "thinks", "wanted", "wants", "feared", "fears");

    /**
     * "Haddad told reporters that he expected the Netherlands to announce contributions": the report of what he
     * expected lies inside the report of what he told, by the same speaker, and is one statement, not two. (Only an
     * opinion's: "Downing Street said the leaders had agreed that the guarantees would be binding" reports what was
     * agreed, which the commitments read on their own.)
     */
    private static List<FoundStatement> withoutNestedReports(List<FoundStatement> reports) {
        List<FoundStatement> kept = new ArrayList<>(reports.size());
        for (FoundStatement r : reports) {
            if (!isOpinion(r) || !insideAnotherReportOfItsSpeaker(r, reports)) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static boolean isOpinion(FoundStatement report) {
        return report.verb() != null && OPINIONS.contains(report.verb().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean insideAnotherReportOfItsSpeaker(FoundStatement r, List<FoundStatement> reports) {
        for (FoundStatement outer : reports) {
            if (outer != r && outer.speaker() != null && outer.speaker() == r.speaker()
                    && outer.quoteStart() <= r.quoteStart() && r.quoteEnd() <= outer.quoteEnd()
                    && outer.quoteEnd() - outer.quoteStart() > r.quoteEnd() - r.quoteStart()) {
                return true;
            }
        }
        return false;
    }
}
