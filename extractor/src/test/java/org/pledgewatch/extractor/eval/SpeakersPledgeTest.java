package org.pledgewatch.extractor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.commitments.SpeakersPledgeJudge;
import org.pledgewatch.extractor.commitments.SpeakersPledgeModel;
import org.pledgewatch.extractor.pipeline.RuleBasedExtractor;

/** The trained judge: what the shipped model decides, and how the trainer labels what it learns from. */
class SpeakersPledgeTest {
    /** A minister's plan whose subject ("the money") names no actor, and a bank's analysts' forecast. */
    static final String ARTICLE = "Norway will give more money to the Green Climate Fund, the government announced on Monday.\n"
            + "Development Minister Åsmund Aukrust said the money would be paid in two equal instalments, the first in January.\n"
            + "Analysts at Nordea said the plan would push up government debt by two percentage points.\n";
    static final String MINISTERS_PLAN = "Development Minister Åsmund Aukrust said the money would be paid in two equal "
            + "instalments, the first in January.";

    static RuleBasedExtractor withModel;
    static RuleBasedExtractor rulesAlone;
    /** Takes every clause it is asked about: what the rules make of a clause once it is taken. */
    static RuleBasedExtractor takingAll;

    @BeforeAll
    static void load() {
        withModel = new RuleBasedExtractor();
        rulesAlone = new RuleBasedExtractor(SpeakersPledgeJudge.NONE);
        takingAll = new RuleBasedExtractor(features -> true);
    }

    private static List<String> evidences(Extraction e) {
        return e.commitments().stream().map(c -> c.evidence().text()).toList();
    }

    @Test
    void theShippedModelTakesAMinistersPlanTheRulesLeaveOpenButNoAnalystsForecast() {
        Extraction alone = rulesAlone.extract(new ArticleText("", ARTICLE));
        Extraction judged = withModel.extract(new ArticleText("", ARTICLE));
        assertTrue(!evidences(alone).contains(MINISTERS_PLAN), () -> "the rules alone took it: " + evidences(alone));
        Commitment plan = judged.commitments().stream().filter(c -> c.evidence().text().equals(MINISTERS_PLAN))
                .findFirst().orElseThrow(() -> new AssertionError("not taken: " + evidences(judged)));
        assertEquals("Norway", plan.actors().get(0).name());
        assertEquals(2, judged.commitments().size(), () -> "the forecast taken too? " + evidences(judged));
    }

    @Test
    void aTakenClauseYieldsToTheSameSidesPledgeTheRulesFindLaterInTheSentence() {
        // the ban's staying is the judge's to take; the government's refusal is the rules' own, and annotators record
        // one pledge of a side per sentence
        Extraction e = takingAll.extract(new ArticleText("", "Greenland's business minister, Naaja Nathanielsen, said the "
                + "ban on uranium mining would remain in place, and that the government would not allow the company to "
                + "extract uranium as a by-product."));
        assertEquals(List.of("Greenland NEGATED"),
                e.commitments().stream().map(c -> c.actors().get(0).name() + " " + c.modality()).toList());
    }

    @Test
    void aTakenClauseWhoseSubjectOpensWithANegationRefuses() {
        Extraction e = takingAll.extract(new ArticleText("", "Finance Minister Mwigulu Nchemba of Tanzania presented the "
                + "budget on Thursday.\n\"Not a single shilling will be added to our public debt,\" Nchemba said."));
        assertEquals(List.of("Tanzania NEGATED"),
                e.commitments().stream().map(c -> c.actors().get(0).name() + " " + c.modality()).toList());
    }

    @Test
    void aClauseIsLabelledByWhatTakingItDoesToTheScore(@TempDir Path resources) throws IOException {
        String sentence = MINISTERS_PLAN;
        Path batch = Files.createDirectories(resources.resolve("batch-1"));
        write(batch, "01-pledged", "{\"actors\": [\"Norway\"], \"action\": \"pay the money in two instalments\", "
                + "\"modality\": \"firm\", \"evidence\": \"" + sentence + "\"}");
        write(batch, "02-not-pledged", null);
        // an excluded batch (the untouched ones) is never read
        write(Files.createDirectories(resources.resolve("untouched-1")), "01-pledged", null);

        List<String> lines = new ArrayList<>();
        List<Event> events = TrainSpeakersPledge.events(resources, Pattern.compile("untouched-.*"), lines);

        assertEquals(List.of(SpeakersPledgeModel.PLEDGE, SpeakersPledgeModel.NO_PLEDGE),
                events.stream().map(Event::getOutcome).toList(), lines::toString);
        assertTrue(lines.get(0).startsWith("batch-1/01-pledged.txt\tpledge\t") && lines.get(0).endsWith(sentence),
                lines.get(0));
        assertTrue(List.of(events.get(0).getContext()).contains("office=minister"), lines.get(0));
    }

    private static Evaluation scored(int tp, int fp, int modalityRight, int conditionsFound, int conditionsTotal) {
        return new Evaluation(Score.ZERO, new Score(tp, fp, 0), modalityRight, tp, conditionsFound, conditionsTotal,
                List.of(), List.of());
    }

    @Test
    void onlyAWellReadMatchIsAPledge() {
        Evaluation refused = scored(5, 2, 5, 1, 1);
        assertEquals(SpeakersPledgeModel.PLEDGE, TrainSpeakersPledge.outcome(refused, scored(6, 2, 6, 1, 1)));
        assertEquals(SpeakersPledgeModel.PLEDGE, TrainSpeakersPledge.outcome(refused, scored(6, 2, 6, 2, 2)));
        // found, but with the wrong modality, or without the condition the gold gives it
        assertEquals(SpeakersPledgeModel.NO_PLEDGE, TrainSpeakersPledge.outcome(refused, scored(6, 2, 5, 1, 1)));
        assertEquals(SpeakersPledgeModel.NO_PLEDGE, TrainSpeakersPledge.outcome(refused, scored(6, 2, 6, 1, 2)));
        assertEquals(SpeakersPledgeModel.NO_PLEDGE, TrainSpeakersPledge.outcome(refused, scored(5, 3, 5, 1, 1)));
        // an optional gold item, or a clause a later rule dropped: nothing to learn
        assertEquals(null, TrainSpeakersPledge.outcome(refused, scored(5, 2, 5, 1, 1)));
    }

    /** An article of {@link #ARTICLE}'s first two sentences, with {@code commitment} (or none) as its gold. */
    private static void write(Path dir, String name, String commitment) throws IOException {
        String body = ARTICLE.substring(0, ARTICLE.indexOf("Analysts"));
        Files.writeString(dir.resolve(name + ".txt"), body, StandardCharsets.UTF_8);
        String gold = "{\"file\": \"" + name + ".txt\", \"title\": \"\", \"statements\": [], \"commitments\": ["
                + (commitment == null ? "" : commitment) + "]}";
        Files.writeString(dir.resolve(name + ".gold.json"), gold, StandardCharsets.UTF_8);
    }
}
