package org.pledgewatch.extractor.quotes;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * A lead attributed by a description that nothing before it names: "Britain will give £120m ..., the foreign
 * secretary has announced.", "Indonesia is prepared to send up to 20,000 troops ..., its defense minister said". News
 * names the speaker in the paragraphs that follow ("Foreign Secretary Yvette Cooper said ...", "The International
 * Monetary Fund ..."): the first person there whose role holds the description's noun, or the first organisation whose
 * name does.
 */
final class LeadDescriptions {
    /** How many sentences after the lead may name the speaker. */
    private static final int LOOK_AHEAD = 2;
    /** Nouns of a person's office: "the home secretary", "the force's special representative". */
    private static final Set<String> OFFICES = Words.set("secretary", "minister", "representative", "official",
            "chief", "head", "executive", "commissioner", "envoy", "governor", "president", "taoiseach", "premier",
            "director", "spokesperson", "spokesman", "spokeswoman");
    /** Nouns that an organisation's own name holds: "the fund" for the International Monetary Fund. */
    private static final Set<String> BODIES = Words.set("fund", "bank", "agency", "institute", "programme", "council",
            "commission", "alliance", "union", "association", "federation", "authority");
    private static final Set<String> AUXILIARIES = Words.set("has", "have", "had");
    /** "..., the foreign secretary has announced", "Indonesia is prepared to send ..., its defense minister said". */
    private static final Set<String> DETERMINERS = Words.set("the", "its");

    private LeadDescriptions() {
    }

    /**
     * The speaker of "..., the &lt;description&gt; said" closing sentence {@code s} at verb {@code v}, named in the next
     * sentences, or null.
     */
    static Entity namedAfter(Sentence s, int v, SpeakerResolver speakers) {
        List<Token> tokens = s.tokens();
        int head = AUXILIARIES.contains(Tokens.folded(s, v - 1)) ? v - 2 : v - 1;
        int the = head;
        while (the > 0 && head - the < 6 && !DETERMINERS.contains(Tokens.folded(s, the))) {
            if (!tokens.get(the).isWord() && !Folding.isPossessive(tokens.get(the).text())) {
                return null;
            }
            the--;
        }
        if (the < 1 || !DETERMINERS.contains(Tokens.folded(s, the)) || !tokens.get(the - 1).text().equals(",") || head <= the) {
            return null;
        }
        String noun = Tokens.folded(s, head);
        boolean office = OFFICES.contains(noun);
        if (!office && !BODIES.contains(noun)) {
            return null;
        }
        for (Mention m : speakers.mentions()) {
            if (m.sentence() <= s.index() || m.inQuote()) {
                continue;
            }
            if (m.sentence() > s.index() + LOOK_AHEAD) {
                break;
            }
            Entity e = m.entity();
            if (office && e.type() == EntityType.PERSON && e.role() == null && m.sentence() == s.index() + 1
                    && m.tokenStart() == 0 && m.tokenEnd() - m.tokenStart() >= 2) {
                // "Yvette Cooper said the money would ...": a full name opening the next sentence, as at a first mention
                return e;
            }
            String words = " " + Folding.fold(office ? (e.role() == null ? "" : e.role()) : e.name()) + " ";
            EntityType wanted = office ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (e.type() == wanted && words.contains(" " + noun + " ")) {
                return e;
            }
        }
        return null;
    }
}
