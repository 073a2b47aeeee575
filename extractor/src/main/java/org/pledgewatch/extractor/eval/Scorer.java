package org.pledgewatch.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pledgewatch.extractor.Actor;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Statement;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.GazetteerEntry;
import org.pledgewatch.extractor.text.Folding;

/**
 * Scores one extraction against its gold annotation.
 *
 * <ul>
 *   <li>A statement matches a gold statement when the quotes overlap by at least half their words
 *       ({@link TokenOverlap}) and the speakers have the same canonical name (accents and case aside).</li>
 *   <li>A commitment matches when the evidence sentences overlap by at least half their words and at
 *       least one actor is the same, after aliases are resolved through the gazetteer (UK = Britain =
 *       United Kingdom = GBR; Türkiye = Turkey).</li>
 *   <li>Optional gold items count neither as misses nor, when found, as false positives.</li>
 *   <li>Modality accuracy is over matched non-optional commitments; condition recall is over matched
 *       gold commitments that have a condition, the condition counting as found when a predicted one
 *       overlaps it by half its words.</li>
 * </ul>
 */
public final class Scorer {
    static final double OVERLAP = 0.5;
    private final Gazetteer gazetteer;

    public Scorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Evaluation score(GoldArticle gold, Extraction got) {
        List<String> misses = new ArrayList<>();
        List<String> inventions = new ArrayList<>();

        // statements
        List<Statement> preds = new ArrayList<>(got.statements());
        boolean[] used = new boolean[preds.size()];
        int tp = 0;
        int fn = 0;
        for (GoldArticle.GoldStatement g : gold.statements()) {
            if (g.optional()) {
                continue;
            }
            int best = bestStatement(g, preds, used);
            if (best >= 0) {
                used[best] = true;
                tp++;
            } else {
                fn++;
                misses.add(gold.name() + "  MISSED statement [" + g.speaker() + "] " + shorten(g.quote()) + nearMiss(g, preds));
            }
        }
        int fp = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (used[i]) {
                continue;
            }
            Statement p = preds.get(i);
            boolean optional = gold.statements().stream().anyMatch(g -> g.optional() && statementMatches(g, p));
            if (!optional) {
                fp++;
                inventions.add(gold.name() + "  EXTRA statement [" + p.speaker().name() + "] " + shorten(p.quote()));
            }
        }
        Score statements = new Score(tp, fp, fn);

        // commitments
        List<Commitment> cpreds = new ArrayList<>(got.commitments());
        boolean[] cused = new boolean[cpreds.size()];
        int ctp = 0;
        int cfn = 0;
        int modalityRight = 0;
        int modalityTotal = 0;
        int condFound = 0;
        int condTotal = 0;
        for (GoldArticle.GoldCommitment g : gold.commitments()) {
            if (g.optional()) {
                continue;
            }
            int best = bestCommitment(g, cpreds, cused);
            if (best < 0) {
                cfn++;
                misses.add(gold.name() + "  MISSED commitment " + g.actors() + " " + g.modality() + ": " + shorten(g.evidence()));
                continue;
            }
            cused[best] = true;
            ctp++;
            Commitment p = cpreds.get(best);
            modalityTotal++;
            if (sameModality(g, p)) {
                modalityRight++;
            } else {
                misses.add(gold.name() + "  MODALITY " + p.modality() + " instead of " + g.modality().toUpperCase(Locale.ROOT)
                        + ": " + shorten(g.evidence()));
            }
            if (g.condition() != null && !g.condition().isBlank()) {
                condTotal++;
                if (p.conditions().stream().anyMatch(c -> TokenOverlap.of(c, g.condition()) >= OVERLAP)) {
                    condFound++;
                } else {
                    misses.add(gold.name() + "  CONDITION missed \"" + g.condition() + "\" (got " + p.conditions() + ")");
                }
            }
        }
        int cfp = 0;
        for (int i = 0; i < cpreds.size(); i++) {
            if (cused[i]) {
                continue;
            }
            Commitment p = cpreds.get(i);
            boolean optional = gold.commitments().stream().anyMatch(g -> g.optional() && commitmentMatches(g, p));
            if (!optional) {
                cfp++;
                inventions.add(gold.name() + "  EXTRA commitment " + p.actors().stream().map(Actor::name).toList()
                        + " " + p.modality() + ": " + shorten(p.evidence().text()));
            }
        }
        return new Evaluation(statements, new Score(ctp, cfp, cfn), modalityRight, modalityTotal, condFound, condTotal,
                misses, inventions);
    }

    /**
     * The unused prediction that matches the gold commitment, one of its modality before any other, or -1. Of several
     * that match (the same sentence, a refusal and a pledge of the same side: "the department “will not fund
     * discrimination” and would review ..."), taking the first found would score the pledge against the refusal.
     */
    private int bestCommitment(GoldArticle.GoldCommitment g, List<Commitment> preds, boolean[] used) {
        int best = -1;
        for (int i = 0; i < preds.size(); i++) {
            if (used[i] || !commitmentMatches(g, preds.get(i))) {
                continue;
            }
            if (sameModality(g, preds.get(i))) {
                return i;
            }
            if (best < 0) {
                best = i;
            }
        }
        return best;
    }

    private static boolean sameModality(GoldArticle.GoldCommitment g, Commitment p) {
        return p.modality().name().equalsIgnoreCase(g.modality());
    }

    private int bestStatement(GoldArticle.GoldStatement g, List<Statement> preds, boolean[] used) {
        int best = -1;
        double bestOverlap = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (used[i] || !statementMatches(g, preds.get(i))) {
                continue;
            }
            double o = TokenOverlap.of(g.quote(), preds.get(i).quote());
            if (o > bestOverlap) {
                best = i;
                bestOverlap = o;
            }
        }
        return best;
    }

    boolean statementMatches(GoldArticle.GoldStatement g, Statement p) {
        // a speaker's name is compared as an actor's is: through the gazetteer, so that an alias the annotator wrote
        // ("Médecins Sans Frontières", "UK") is the canonical name the extractor gives ("Doctors Without Borders")
        return p.speaker() != null && (sameName(g.speaker(), p.speaker().name())
                    || actorKey(g.speaker()).equals(actorKey(p.speaker().name())))
                && TokenOverlap.of(g.quote(), p.quote()) >= OVERLAP;
    }

    private static String nearMiss(GoldArticle.GoldStatement g, List<Statement> preds) {
        for (Statement p : preds) {
            if (TokenOverlap.of(g.quote(), p.quote()) >= OVERLAP) {
                return "  (found with speaker " + (p.speaker() == null ? null : p.speaker().name()) + ")";
            }
        }
        return "";
    }

    boolean commitmentMatches(GoldArticle.GoldCommitment g, Commitment p) {
        if (TokenOverlap.of(g.evidence(), p.evidence().text()) < OVERLAP) {
            return false;
        }
        for (String a : g.actors()) {
            String ga = actorKey(a);
            for (Actor pa : p.actors()) {
                if (ga.equals(actorKey(pa.name())) || ga.equals(Folding.fold(pa.id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The gazetteer id of a country or organisation name, the folded name otherwise. */
    String actorKey(String name) {
        GazetteerEntry e = gazetteer.lookup(name);
        if (e != null && e.kind() != GazetteerEntry.Kind.TITLE) {
            return Folding.fold(e.id());
        }
        return Folding.slug(name);
    }

    /** Canonical names compared without case, accents or the dots of initials ("J.D. Vance" = "JD Vance"). */
    static boolean sameName(String a, String b) {
        return Folding.slug(a.replace(".", "")).equals(Folding.slug(b.replace(".", "")));
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\n', ' ');
        return t.length() > 110 ? t.substring(0, 107) + "..." : t;
    }
}
