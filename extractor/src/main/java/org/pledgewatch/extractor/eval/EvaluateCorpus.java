package org.pledgewatch.extractor.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Extractors;
import org.pledgewatch.extractor.entities.Gazetteer;

/**
 * Runs the default extractor over an annotated corpus and prints precision, recall and F1 for
 * statements and commitments, modality accuracy, condition recall, a line per article and the
 * misses. Usage: {@code EvaluateCorpus [corpusDir] [maxMissesShown]} (default
 * {@code src/test/resources/corpus}, 40). See docs/extraction.md.
 */
public final class EvaluateCorpus {
    private EvaluateCorpus() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        int shown = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long t0 = System.nanoTime();
        Extractor extractor = Extractors.createDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<GoldArticle> corpus = Corpus.read(dir);
        if (corpus.isEmpty()) {
            System.err.println("no NAME.txt + NAME.gold.json pairs in " + dir.toAbsolutePath());
            System.exit(2);
        }
        Evaluation total = evaluate(extractor, corpus, true);
        System.out.printf(Locale.ROOT, "extractor %s, models loaded in %d ms, %d articles from %s%n",
                extractor.version(), loadMs, corpus.size(), dir);
        System.out.println("== corpus ==");
        System.out.println(total.summary());
        if (!total.misses().isEmpty() || !total.inventions().isEmpty()) {
            System.out.println("== worst misses (gold items not found, wrong modality, missed conditions) ==");
            total.misses().stream().limit(shown).forEach(m -> System.out.println("  " + m));
            System.out.println("== false positives ==");
            total.inventions().stream().limit(shown).forEach(m -> System.out.println("  " + m));
        }
    }

    /** Scores every article; prints one line per article when {@code verbose}. */
    public static Evaluation evaluate(Extractor extractor, List<GoldArticle> corpus, boolean verbose) {
        Scorer scorer = new Scorer(Gazetteer.load());
        Evaluation total = Evaluation.empty();
        for (GoldArticle a : corpus) {
            Evaluation e = scorer.score(a, extractor.extract(new ArticleText(a.title(), a.body())));
            if (verbose) {
                System.out.printf(Locale.ROOT, "%-44s statements F1 %.2f (%d/%d/%d)  commitments F1 %.2f (%d/%d/%d)  modality %d/%d%n",
                        a.name(), e.statements().f1(), e.statements().tp(), e.statements().fp(), e.statements().fn(),
                        e.commitments().f1(), e.commitments().tp(), e.commitments().fp(), e.commitments().fn(),
                        e.modalityRight(), e.modalityTotal());
            }
            total = total.plus(e);
        }
        return total;
    }
}
