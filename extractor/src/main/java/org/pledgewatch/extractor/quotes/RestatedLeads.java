package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Words;

/**
 * The West African, South Asian and government-release lead: "The Federal Government has ruled out the return of
 * petrol subsidy. | The Minister of Finance, Mr Wale Edun, stated this on Thursday in Abuja." The sentence before
 * "stated this", "disclosed this", "made this known" or "This was contained in a statement by ..." is what the
 * person named there said, when nothing in it was attributed already. (The passive "This was stated by President
 * Zelensky in his evening address." is {@code ReportedSpeechFinder}'s, which reads it with its own sentence.)
 */
final class RestatedLeads {
    private static final Set<String> VERBS = Words.set("said", "stated", "disclosed", "revealed", "announced", "confirmed");

    private RestatedLeads() {
    }

    /** Statements of the sentences that a later "X stated this" attributes, none of which {@code found} covers. */
    static List<FoundStatement> find(AnalyzedText text, SpeakerResolver speakers, List<FoundStatement> found) {
        List<FoundStatement> out = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Entity speaker = restatingSpeaker(s, speakers);
            if (speaker == null) {
                continue;
            }
            Sentence lead = sentences.get(i - 1);
            int body = Dateline.bodyStart(lead);
            int last = lead.tokens().size() - 1;
            if (last >= 0 && Tokens.isPunctuation(lead.tokens().get(last).text())) {
                last--;
            }
            if (last < body || lead.text().endsWith("?") || Tokens.isQuoteMark(lead.tokens().get(0).text())
                    || attributed(lead, found) || reports(lead)) {
                continue;
            }
            out.add(new FoundStatement(speaker, lead.tokens().get(body).start(), lead.tokens().get(last).end(), false, "stated",
                    lead.start(), lead.end()));
        }
        return out;
    }

    /** A sentence closed by an attribution of its own ("..., Dubravka Šuica, said on Tuesday in Cairo") is no lead to restate. */
    private static boolean reports(Sentence lead) {
        for (int k = 0; k < lead.tokens().size(); k++) {
            if (ReportedSpeechFinder.closesAttribution(lead, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attributed(Sentence lead, List<FoundStatement> found) {
        for (FoundStatement st : found) {
            if (st.quoteEnd() > lead.start() && st.quoteStart() < lead.end()) {
                return true;
            }
        }
        return false;
    }

    /** Who "stated this" in this sentence, or null when it restates nothing. */
    private static Entity restatingSpeaker(Sentence s, SpeakerResolver speakers) {
        int n = s.tokens().size();
        if (n > 3 && Tokens.folded(s, 0).equals("this") && Tokens.folded(s, 1).equals("was")
                && Tokens.folded(s, 2).equals("contained")) {
            // "This was contained in a statement on Sunday by the Special Adviser ..., Bayo Onanuga."
            return lastPerson(s, speakers);
        }
        for (int v = 1; v + 1 < n; v++) {
            String w = Tokens.folded(s, v);
            boolean restates = VERBS.contains(w) && ReportedSpeechFinder.thisIsObject(s, v);
            // "Mr Adamu made this known in a statement"
            boolean madeKnown = w.equals("made") && v + 2 < n && Tokens.folded(s, v + 1).equals("this")
                    && Tokens.folded(s, v + 2).equals("known");
            if (restates || madeKnown) {
                return personBefore(s, v, speakers);
            }
        }
        return null;
    }

    /**
     * "The company's Group Chief Branding and Communications Officer, Mr. Anthony Chiejina, disclosed this", "Mr Edun
     * disclosed this", "He said this": the person named (or the pronoun) right before the verb, after a long office.
     */
    private static Entity personBefore(Sentence s, int verb, SpeakerResolver speakers) {
        int k = verb - 1;
        if (k > 0 && (Tokens.folded(s, k).equals(",") || Tokens.folded(s, k).equals("also"))) {
            k--;
        }
        Mention m = speakers.mentionAt(s.index(), k);
        if (m != null) {
            return m.entity().type() == EntityType.PERSON ? m.entity() : null;
        }
        return SpeakerResolver.isPersonalPronoun(s.tokens().get(k).text())
                ? speakers.resolvePronoun(s.tokens().get(k).start()) : null;
    }

    private static Entity lastPerson(Sentence s, SpeakerResolver speakers) {
        Entity person = null;
        for (int k = 0; k < s.tokens().size(); k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() == EntityType.PERSON) {
                person = m.entity();
            }
        }
        return person;
    }
}
