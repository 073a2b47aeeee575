package org.pledgewatch.extractor.entities;

import java.util.List;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Folding;

/**
 * An office a person held before: "Former Deputy President Rigathi Gachagua", "ex Prime Minister Imran Khan". The
 * name reader skips "former" before a title (it is no part of a name), so the title alone would make the person its
 * holder today, speaking for a government they have left; the role keeps the word. ("Ex-Prime Minister" needs no
 * mark: the tokenizer splits it as "Ex", "-", "Prime", and the name reader keeps the whole hyphenated run in the role.)
 */
final class FormerOffices {
    private FormerOffices() {
    }

    /** Marks the role of each person whose titled mention comes right after "former" or "ex". */
    static void mark(AnalyzedText text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || e.role() == null || m.tokenStart() == 0) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            String before = tokens.get(m.tokenStart() - 1).folded();
            // ("former Chancellor Angela Merkel's government": the government of her time, still the country's)
            if ((before.equals("former") || before.equals("ex"))
                    && text.body().startsWith(e.role(), m.start())
                    && !Folding.isPossessive(tokens.get(m.tokenEnd() - 1).text())) {
                e.markFormer();
            }
        }
    }
}
