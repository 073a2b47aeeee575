package org.pledgewatch.extractor.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Words;

/**
 * "In a statement, Gulfmark said it would ... | "We deeply regret the failures," the statement said.": a document
 * that speaks ("the statement", "the post", "his post") speaks for whoever was reported, just before, as speaking
 * through it.
 */
final class DocumentSources {
    private static final Set<String> DOCUMENTS = Words.set("statement", "post", "thread", "filing", "notice", "memo",
            "communique", "communiqué", "readout", "letter", "release");
    private static final Set<String> DETERMINERS = Words.set("the", "its", "his", "her", "their");

    private DocumentSources() {
    }

    /**
     * The document noun of "the statement said" from token {@code k} of {@code s} (with an adverb: "the statement also
     * said"), when a reporting verb follows; else null.
     */
    static String documentSubject(Sentence s, int k, java.util.function.Predicate<String> reportingVerb) {
        if (k + 2 >= s.tokens().size() || !DETERMINERS.contains(Tokens.folded(s, k)) || !DOCUMENTS.contains(Tokens.folded(s, k + 1))) {
            return null;
        }
        int verb = k + 2;
        if (Tokens.folded(s, verb).equals("also") || Tokens.folded(s, verb).equals("further")) {
            verb++;
        }
        String w = verb < s.tokens().size() ? Tokens.folded(s, verb) : "";
        // ("the post reads": what a document says it reads)
        return reportingVerb.test(w) || w.equals("reads") || w.equals("read") ? Tokens.folded(s, k + 1) : null;
    }

    /**
     * The speaker of the latest statement before {@code offset} whose attribution names the document that
     * {@link #documentSubject} read at token {@code k} ("said in a statement", "in a post on X"), or, for a person's
     * document ("his post"), the latest person's; or null.
     */
    static Entity sourceOf(Sentence s, int k, String document, String body, int offset, List<FoundStatement> before) {
        String determiner = Tokens.folded(s, k);
        boolean someones = determiner.equals("his") || determiner.equals("her");
        FoundStatement source = null;
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("\\b" + document + "\\b");
        for (FoundStatement st : before) {
            if (st.evidenceEnd() > offset || source != null && st.evidenceStart() < source.evidenceStart()) {
                continue;
            }
            if (someones) {
                // "Hegseth wrote on X that ... | "...," his post said.": the person reported last
                source = st.speaker().type() == org.pledgewatch.extractor.EntityType.PERSON ? st : source;
                continue;
            }
            String evidence = body.substring(st.evidenceStart(), st.evidenceEnd()).toLowerCase(Locale.ROOT);
            String outsideQuote = evidence.substring(0, Math.max(0, st.quoteStart() - st.evidenceStart()))
                    + " " + evidence.substring(Math.min(evidence.length(), Math.max(0, st.quoteEnd() - st.evidenceStart())));
            if (named.matcher(outsideQuote).find()) {
                source = st;
            }
        }
        return source == null ? null : source.speaker();
    }
}
