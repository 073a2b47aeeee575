package org.pledgewatch.extractor.nlp;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * The arithmetic of OpenNLP's {@code GISModel.eval} over sums of feature weights, shared by the replicas of its models
 * ({@link GreedyPosTagger}, {@link ChunkTokenizer}, {@link SentenceSplitter}): the same operations in the same order,
 * so the same doubles as the model gives.
 */
final class MaxentSums {
    private MaxentSums() {
    }

    /** The model's weights by feature name, as {@code GISModel} keeps them (the second of its data structures). */
    @SuppressWarnings("unchecked")
    static Map<String, Context> weights(MaxentModel model) {
        return (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    }

    /**
     * Where every outcome's sum starts: {@code UniformPrior}'s log of 1 / outcomes for this model's outcomes (0 for a
     * model without outcomes), worked out by {@code UniformPrior} itself so that it is the same double.
     */
    static double uniformLogPrior(MaxentModel model) {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int k = 0; k < outcomes.length; k++) {
            outcomes[k] = model.getOutcome(k);
        }
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, null);
        double[] start = new double[outcomes.length];
        prior.logPrior(start, (int[]) null);
        return start.length == 0 ? 0 : start[0];
    }

    /**
     * Adds a feature's weights to each outcome's sum, as {@code ArrayMath.sumFeatures} does (null: a feature the model
     * lacks; a 0 for an outcome the feature has no weight for changes no sum).
     */
    static void add(double[] sums, double[] weights) {
        if (weights == null) {
            return;
        }
        for (int o = 0; o < weights.length; o++) {
            sums[o] += weights[o];
        }
    }

    /**
     * Of two outcomes, the one {@code getBestOutcome} picks from the probabilities of these sums: read from the sums
     * when one leads by a clear margin (exp and the division by the total cannot reorder sums 1e-9 apart: see {@code
     * GreedyPosTagger.clearBest}), else from the probabilities worked out as {@code GISModel.eval} does.
     */
    static int bestOfTwo(double[] sums) {
        double a = sums[0];
        double b = sums[1];
        if (a > -600 && a < 600 && b > -600 && b < 600 && Math.abs(a - b) > 1e-9) {
            return b > a ? 1 : 0;
        }
        double[] p = probabilities(sums.clone());
        return p[1] > p[0] ? 1 : 0;
    }

    /** {@code GISModel.eval}'s last steps: exp of each sum, then each divided by their total (in place). */
    static double[] probabilities(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }
}
