package org.pledgewatch.extractor.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import org.pledgewatch.extractor.commitments.SpeakersPledgeJudge;
import org.pledgewatch.extractor.commitments.SpeakersPledgeModel;
import org.pledgewatch.extractor.pipeline.RuleBasedExtractor;

/**
 * How the judge's settings were chosen, without an untouched batch: two folds over the tuned batches (odd and even
 * batch numbers; the dev corpus goes with the even ones), each scored through the whole extractor with the rules alone
 * and with a model trained on the other fold. Usage: {@code CrossValidateSpeakersPledge resourcesDir excludedDirsRegex},
 * the regex as for {@link TrainSpeakersPledge}. Takes a few minutes: the training events are made once per fold.
 */
public final class CrossValidateSpeakersPledge {
    private CrossValidateSpeakersPledge() {
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args[0]);
        RuleBasedExtractor rulesAlone = new RuleBasedExtractor(SpeakersPledgeJudge.NONE);
        for (int held = 0; held < 2; held++) {
            // a fold is trained on without the untouched sets and itself, and scored on without them and the other fold
            Pattern trainOn = Pattern.compile("(?:" + args[1] + ")|(?:" + fold(held) + ")");
            Pattern scoreOn = Pattern.compile("(?:" + args[1] + ")|(?:" + fold(1 - held) + ")");
            List<Event> events = TrainSpeakersPledge.events(resources, trainOn, new ArrayList<>());
            SpeakersPledgeModel model = new SpeakersPledgeModel(TrainSpeakersPledge.train(events));
            List<GoldArticle> scored = new ArrayList<>();
            for (Path dir : Corpus.batches(resources, scoreOn)) {
                scored.addAll(Corpus.read(dir));
            }
            Evaluation alone = EvaluateCorpus.evaluate(rulesAlone, scored, false);
            Evaluation judged = EvaluateCorpus.evaluate(new RuleBasedExtractor(model), scored, false);
            System.out.printf(Locale.ROOT, "fold %s (%d articles, model from %d clauses)%n  rules alone: %s%n  with the judge: %s%n",
                    held == 1 ? "odd" : "even", scored.size(), events.size(), line(alone), line(judged));
        }
    }

    /** The batches of a fold, as a pattern of directory names (the dev corpus counts as even). */
    private static String fold(int parity) {
        return parity == 1 ? "heldout-\\d*[13579]" : "corpus|heldout-\\d*[02468]";
    }

    private static String line(Evaluation e) {
        return String.format(Locale.ROOT, "commitments F1 %.3f (%d/%d/%d), modality %.3f, conditions %.3f",
                e.commitments().f1(), e.commitments().tp(), e.commitments().fp(), e.commitments().fn(),
                e.modalityAccuracy(), e.conditionRecall());
    }
}
