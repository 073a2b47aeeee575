package org.pledgewatch.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scores of an extractor over a corpus, and what it missed or invented. */
public record Evaluation(Score statements, Score commitments, int modalityRight, int modalityTotal,
                         int conditionsFound, int conditionsTotal, List<String> misses, List<String> inventions) {

    public static Evaluation empty() {
        return new Evaluation(Score.ZERO, Score.ZERO, 0, 0, 0, 0, new ArrayList<>(), new ArrayList<>());
    }

    public Evaluation plus(Evaluation o) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(o.misses);
        List<String> f = new ArrayList<>(inventions);
        f.addAll(o.inventions);
        return new Evaluation(statements.plus(o.statements), commitments.plus(o.commitments),
                modalityRight + o.modalityRight, modalityTotal + o.modalityTotal,
                conditionsFound + o.conditionsFound, conditionsTotal + o.conditionsTotal, m, f);
    }

    public double modalityAccuracy() {
        return modalityTotal == 0 ? 1.0 : modalityRight / (double) modalityTotal;
    }

    public double conditionRecall() {
        return conditionsTotal == 0 ? 1.0 : conditionsFound / (double) conditionsTotal;
    }

    public String summary() {
        return String.format(Locale.ROOT, "statements  %s%ncommitments %s%nmodality accuracy %.3f (%d/%d)%ncondition recall  %.3f (%d/%d)",
                statements, commitments, modalityAccuracy(), modalityRight, modalityTotal,
                conditionRecall(), conditionsFound, conditionsTotal);
    }
}
