package org.pledgewatch.extractor.eval;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.pledgewatch.extractor.Actor;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.commitments.SpeakersPledgeJudge;
import org.pledgewatch.extractor.commitments.SpeakersPledgeModel;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.pipeline.RuleBasedExtractor;

/**
 * Trains the {@link SpeakersPledgeModel} on the annotated articles. Usage:
 * {@code TrainSpeakersPledge resourcesDir excludedDirsRegex model.bin.gz [events.tsv]}: every directory of
 * {@code resourcesDir} whose name does not match the regex (the untouched batches must match it) is read. The regex
 * is written into {@code model.properties} beside the model, where {@code DevCorpusQualityTest} checks that every
 * untouched pool is excluded. The optional events file lists each clause with its label, features and the
 * commitment it adds, for reading.
 *
 * <p>Each clause the rules leave to the judge becomes one training event, labelled by what it does to the score: the
 * article is extracted with every clause refused, then once more with only that clause accepted. When the accepted
 * clause adds a commitment that matches a gold one, with the gold's modality and without losing its condition, it is a
 * pledge; when it adds a false positive, or a match the rules then read wrongly (which would lower modality accuracy
 * or condition recall), it is none; when it changes nothing the score counts (a later rule dropped it, or it matched
 * an optional gold item) it teaches nothing and is left out. The labels are thus what the evaluation counts,
 * duplicates included.
 *
 * <p>Training is deterministic (files in name order, L-BFGS with fixed parameters on one thread), so the same articles give the same
 * model byte for byte.
 */
public final class TrainSpeakersPledge {
    static final int ITERATIONS = 100;
    /**
     * Every feature seen at least once is kept, and the L2 penalty keeps the rare ones small: five-fold
     * cross-validation over the annotated batches of round 27 gained about a quarter more with this than with GIS
     * (OpenNLP's default, unregularised) and a cutoff of 3.
     */
    static final int CUTOFF = 1;
    static final double L2_COST = 2.0;

    private TrainSpeakersPledge() {
    }

    /** Answers yes to one clause of an article only, and keeps the features of all it was asked about. */
    private static final class OneClauseJudge implements SpeakersPledgeJudge {
        final List<List<String>> asked = new ArrayList<>();
        int accepted = -1;

        @Override
        public boolean isPledge(List<String> features) {
            asked.add(features);
            return asked.size() - 1 == accepted;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !args[2].endsWith(".bin.gz")) {
            // (the manifest is written beside the model under the same name ending in .properties)
            System.err.println("usage: TrainSpeakersPledge resourcesDir excludedDirsRegex model.bin.gz [events.tsv]");
            System.exit(2);
        }
        Path resources = Path.of(args[0]);
        Pattern excluded = Pattern.compile(args[1]);
        Path modelFile = Path.of(args[2]);
        List<String> tsv = new ArrayList<>();
        List<Event> events = events(resources, excluded, tsv);
        if (args.length > 3) {
            Files.write(Path.of(args[3]), tsv, StandardCharsets.UTF_8);
        }
        long pledges = events.stream().filter(e -> e.getOutcome().equals(SpeakersPledgeModel.PLEDGE)).count();
        System.out.printf(Locale.ROOT, "%d clauses: %d pledges, %d none%n", events.size(), pledges, events.size() - pledges);
        AbstractModel model = train(events);
        Files.createDirectories(modelFile.toAbsolutePath().getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(modelFile))) {
            new BinaryQNModelWriter(model, new DataOutputStream(out)).persist();
        }
        Path manifest = modelFile.resolveSibling(modelFile.getFileName().toString().replace(".bin.gz", ".properties"));
        Files.writeString(manifest, String.join("\n",
                "# written by eval.TrainSpeakersPledge with the model beside it: what it was trained on",
                "excluded=" + args[1],
                "clauses=" + events.size(),
                "pledges=" + pledges,
                ""), StandardCharsets.UTF_8);
        System.out.println("model written to " + modelFile + ", its manifest to " + manifest);
    }

    static AbstractModel train(List<Event> events) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(QNTrainer.L2COST_PARAM, L2_COST);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** The commitment the accepted clause added, as a line of the events file: its actors, action and evidence. */
    private static String added(Extraction without, Extraction with) {
        List<Commitment> before = without.commitments();
        for (Commitment c : with.commitments()) {
            if (!before.contains(c)) {
                return c.actors().stream().map(Actor::name).toList() + " " + c.modality() + " [" + c.action() + "] "
                        + c.evidence().text().replace('\n', ' ').replace('\t', ' ');
            }
        }
        return "";
    }

    /**
     * What taking one clause did to an article's score: a pledge when it found a gold commitment and read its
     * modality and condition right, none when it invented one or misread what it found, null when the score did not
     * move.
     */
    static String outcome(Evaluation refused, Evaluation accepted) {
        int gained = accepted.commitments().tp() - refused.commitments().tp();
        int invented = accepted.commitments().fp() - refused.commitments().fp();
        boolean wellRead = accepted.modalityRight() - refused.modalityRight() == gained
                && accepted.conditionsFound() - refused.conditionsFound()
                   == accepted.conditionsTotal() - refused.conditionsTotal();
        if (gained > 0) {
            return wellRead ? SpeakersPledgeModel.PLEDGE : SpeakersPledgeModel.NO_PLEDGE;
        }
        return invented > 0 ? SpeakersPledgeModel.NO_PLEDGE : null;
    }

    static List<Event> events(Path resources, Pattern excluded, List<String> tsv) throws IOException {
        OneClauseJudge judge = new OneClauseJudge();
        RuleBasedExtractor extractor = new RuleBasedExtractor(judge);
        Scorer scorer = new Scorer(Gazetteer.load());
        List<Event> events = new ArrayList<>();
        for (Path dir : Corpus.batches(resources, excluded)) {
            for (GoldArticle gold : Corpus.read(dir)) {
                ArticleText article = new ArticleText(gold.title(), gold.body());
                judge.asked.clear();
                judge.accepted = -1;
                Extraction without = extractor.extract(article);
                Evaluation refused = scorer.score(gold, without);
                List<List<String>> clauses = List.copyOf(judge.asked);
                for (int k = 0; k < clauses.size(); k++) {
                    judge.asked.clear();
                    judge.accepted = k;
                    Extraction with = extractor.extract(article);
                    String outcome = outcome(refused, scorer.score(gold, with));
                    if (outcome == null) {
                        continue;
                    }
                    List<String> features = clauses.get(k);
                    events.add(new Event(outcome, features.toArray(new String[0])));
                    tsv.add(dir.getFileName() + "/" + gold.name() + "\t" + outcome + "\t" + String.join(" ", features)
                            + "\t" + added(without, with));
                }
            }
        }
        return events;
    }
}
