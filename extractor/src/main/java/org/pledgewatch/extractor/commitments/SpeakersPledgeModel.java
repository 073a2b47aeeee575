package org.pledgewatch.extractor.commitments;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryQNModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The {@link SpeakersPledgeJudge} of the extractor: an OpenNLP maximum-entropy (logistic regression) model over the
 * clause's features, trained by {@code eval.TrainSpeakersPledge} on the annotated articles (never on the untouched
 * batches) and shipped as {@value #RESOURCE}. A clause is a pledge when the model gives that outcome at least
 * {@link #THRESHOLD}.
 */
public final class SpeakersPledgeModel implements SpeakersPledgeJudge {
    public static final String RESOURCE = "/models/speakers-pledge.bin.gz";
    public static final String PLEDGE = "pledge";
    public static final String NO_PLEDGE = "none";
    /**
     * Accepting a clause adds a true or a false positive to the commitments; either way the F1 denominator grows by
     * one, the numerator by two only for a true one, so for F1 alone a clause is worth accepting when it is a pledge
     * with probability above F1 / 2, about 0.4. But the evaluation also counts modality accuracy and condition recall
     * over the matched commitments, and a clause the rules could not tie to its actor is often one whose condition they
     * cannot read either ("said a further EC$18 million would go to roads, and that the government would replace the
     * terminal if ..."). Cross-validated over the annotated batches of round 27 (two folds, odd and even batches), 0.4
     * with labels that counted any match gained the most F1 (+0.004, +0.005) but lost condition recall (-0.005,
     * -0.008); 0.6 with labels that count only well-read matches gains less (+0.003, +0.002) and keeps modality accuracy
     * and condition recall where the rules alone have them, within 0.004.
     */
    static final double THRESHOLD = 0.6;

    private final MaxentModel model;
    private final int pledge;

    public SpeakersPledgeModel(MaxentModel model) {
        this.model = model;
        this.pledge = model.getIndex(PLEDGE);
    }

    /** The shipped model. */
    public static SpeakersPledgeModel load() {
        try (InputStream in = SpeakersPledgeModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (see eval.TrainSpeakersPledge)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * A model as {@code eval.TrainSpeakersPledge} writes it: OpenNLP's binary format of a maximum-entropy model trained
     * by L-BFGS (QN), gzipped.
     */
    public static SpeakersPledgeModel read(InputStream gzipped) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped)));
        return new SpeakersPledgeModel(new BinaryQNModelReader(data).getModel());
    }

    /** The model's probability that the clause is a pledge. */
    public double probability(List<String> features) {
        return pledge < 0 ? 0 : model.eval(features.toArray(new String[0]))[pledge];
    }

    @Override
    public boolean isPledge(List<String> features) {
        return probability(features) >= THRESHOLD;
    }
}
