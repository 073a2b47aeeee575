package org.pledgewatch.extractor.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Words;

/**
 * A company's call with investors, printed as a transcript: "The following is an edited excerpt from Corvane Semiconductor
 * Inc.'s third-quarter earnings call ..., with Chief Executive Dana Whitfield and Chief Financial Officer Marcus
 * Olabisi", "Meta Platforms (META) Q3 2026 Earnings Call Transcript | Call participants: Kenneth Dorell, ...; Mark
 * Zuckerberg, ...", "Calder Semiconductor Inc. — 2026 Investor Day, prepared remarks and Q&A". The company is named once, in the opening lines, and its officers then speak for it ("we will bring
 * the fab into production") without the article naming it again, so that no company is "the one the article names
 * most". Those the opening lines name, and tie to nobody else, speak for the company whose call it is; the analysts
 * who ask are named with their firms ("Priya Raman of Morgan Stanley").
 */
final class EarningsCalls {
    private EarningsCalls() {
    }

    /** How many sentences from the start may name the call; its participants may be named in the one after. */
    private static final int OPENING = 4;
    /** The call, or the day a company gives its investors: "Investor Day", "capital markets day". */
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?:(?:earnings|results|investor|conference) call|investor day|capital markets day)\\b");
    /** A transcript's heading: "Meta Platforms (META) Q3 2026 Earnings Call Transcript", "Pacifica Air Group (ASX: PAG) Q1 FY2027". */
    private static final Pattern HEADING = Pattern.compile(
            "^((?:[A-Z][\\w&.-]*\\s){0,3}[A-Z][\\w&.-]*)\\s(?:\\((?:[A-Z]{2,6}:\\s?)?[A-Z.]{1,10}\\)\\s)?(?:Q[1-4]|FY|[Ff]ull[- ]year|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)");
    /** After a name, the words that tie its bearer to another firm: "Priya Raman of Morgan Stanley". */
    private static final Set<String> OTHER_FIRM = Words.set("of", "at", "from", "with");

    /**
     * Whether " call" or " day" (in any ASCII case, as {@link #CALL} reads it) stands in the text: without it {@link #CALL}
     * cannot match. Why: {@code java.util.regex} tries {@link #CALL}'s case-blind alternation at every character, and
     * the opening sentences of unseen articles are often long (a headline run into the first paragraph), a percent of
     * the extraction time for a pattern that seldom matches.
     */
    private static boolean mentionsACall(String text) {
        for (int i = text.indexOf(' '); i >= 0 && i + 5 <= text.length(); i = text.indexOf(' ', i + 1)) {
            if (text.regionMatches(true, i + 1, "call", 0, 4) || text.regionMatches(true, i + 1, "day", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    static void link(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        List<Sentence> sentences = text.sentences();
        int call = -1;
        for (int k = 0; k < Math.min(OPENING, sentences.size()) && call < 0; k++) {
            String opening = sentences.get(k).text();
            if (mentionsACall(opening) && CALL.matcher(opening).find()) {
                call = k;
            }
        }
        Entity host = call < 0 ? null : host(sentences.get(call), mentions, registry);
        if (host == null) {
            return;
        }
        Set<Entity> ofOtherFirms = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.PERSON && ofOtherFirm(sentences.get(m.sentence()).tokens(), m)) {
                ofOtherFirms.add(m.entity());
            }
        }
        for (Mention m : mentions) {
            Entity p = m.entity();
            // (a person once linked has an organisation, so each is linked once)
            if (p.type() != EntityType.PERSON || m.inQuote() || p.organization() != null || p.country() != null
                    || ofOtherFirms.contains(p)) {
                continue;
            }
            if (m.sentence() <= OPENING || labelsALine(text, sentences.get(m.sentence()), m)) {
                // those the opening lines name, and those whose turns the transcript labels without the operator
                // introducing them with a firm of their own ("Marcus Feld: Thank you, Ingrid. On guidance, we ...")
                p.addOrganization(host.id());
            }
        }
    }

    /** "Priya Raman of Morgan Stanley", "Lars Eide with DNB Carnegie": a name, then the firm its bearer is with. */
    private static boolean ofOtherFirm(List<Token> tokens, Mention m) {
        int after = m.tokenEnd();
        return after + 1 < tokens.size() && OTHER_FIRM.contains(tokens.get(after).folded())
                && tokens.get(after + 1).isCapitalized();
    }

    /** "Marcus Feld: ...": the name opens a line and a colon follows it. */
    private static boolean labelsALine(AnalyzedText text, Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        boolean opensLine = m.tokenStart() == 0 && s.opensALine(text.body());
        return opensLine && m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).text().equals(":");
    }

    /** The company named in the sentence that names the call, or in the transcript's heading. */
    private static Entity host(Sentence s, List<Mention> mentions, EntityRegistry registry) {
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && !m.inQuote() && registry.mayBeACompany(m.entity())) {
                return m.entity();
            }
        }
        Matcher heading = HEADING.matcher(s.text());
        return heading.find() ? registry.namedOrganization(heading.group(1), null) : null;
    }
}
