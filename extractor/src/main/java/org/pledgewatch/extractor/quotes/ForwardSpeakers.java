package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Words;

/**
 * Speakers named only in the next sentence: "..., the U.N. humanitarian chief warned on Thursday. |
 * Tom Fletcher told the Security Council ...". News copy often attributes a lead by a description
 * (an organisation or a country, then a lower-case role noun) and names the person at the start of
 * the next sentence. A statement whose speaker came from such a description belongs to that person
 * when the next sentence opens with a person's first mention. Only the two sentences are read.
 */
final class ForwardSpeakers {
    private static final Set<String> ROLE_NOUNS = Words.set("chief", "head", "minister", "president", "envoy",
            "ambassador", "director", "commissioner", "secretary", "leader", "president-elect", "premier",
            "chancellor", "governor", "spokesman", "spokeswoman", "spokesperson", "diplomat", "negotiator",
            "coordinator", "representative", "executive", "chairman", "chairwoman", "boss");

    private ForwardSpeakers() {
    }

    static List<FoundStatement> apply(AnalyzedText text, SpeakerResolver speakers, List<FoundStatement> found) {
        List<FoundStatement> out = new ArrayList<>(found.size());
        for (FoundStatement st : found) {
            out.add(reattributed(text, speakers, st));
        }
        return out;
    }

    private static FoundStatement reattributed(AnalyzedText text, SpeakerResolver speakers, FoundStatement st) {
        Entity speaker = st.speaker();
        if (speaker == null || st.verb() == null
                || (speaker.type() != EntityType.ORGANIZATION && speaker.type() != EntityType.COUNTRY)) {
            return st;
        }
        Sentence s = text.sentenceAt(st.evidenceStart());
        if (s == null || s.index() + 1 >= text.sentences().size()) {
            return st;
        }
        if (!describedBeforeVerb(s, st.verb())) {
            return st;
        }
        Sentence next = text.sentences().get(s.index() + 1);
        // the person opens the next sentence with a full name ("Tom Fletcher told"), as at a first mention;
        // a lookup by position keeps this linear in the article
        Mention opening = speakers.mentionAt(next.index(), 0);
        if (opening == null || opening.entity().type() != EntityType.PERSON || opening.inQuote()
                || opening.tokenEnd() - opening.tokenStart() < 2) {
            return st;
        }
        if (opening.entity().country() != null && speaker.type() == EntityType.COUNTRY
                && !opening.entity().country().equals(speaker.id())) {
            return st;
        }
        return new FoundStatement(opening.entity(), st.quoteStart(), st.quoteEnd(), st.direct(), st.verb(),
                st.evidenceStart(), st.evidenceEnd());
    }

    /** "the U.N. humanitarian chief warned": a lower-case role noun right before the reporting verb, no name. */
    private static boolean describedBeforeVerb(Sentence s, String verb) {
        List<Token> tokens = s.tokens();
        for (int v = tokens.size() - 1; v > 1; v--) {
            if (!tokens.get(v).folded().equals(verb)) {
                continue;
            }
            Token role = tokens.get(v - 1);
            if (role.isCapitalized() || !ROLE_NOUNS.contains(role.folded())) {
                return false;
            }
            // the description opens after a comma: ", the U.N. humanitarian chief warned"
            for (int k = v - 2; k >= Math.max(0, v - 7); k--) {
                String w = tokens.get(k).folded();
                if (w.equals("the")) {
                    // (", the spokesperson said": the role alone after "the" refers back to whoever had it)
                    return k > 0 && tokens.get(k - 1).text().equals(",") && k < v - 2;
                }
                if (!tokens.get(k).isWord() && !w.equals(".")) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }
}
