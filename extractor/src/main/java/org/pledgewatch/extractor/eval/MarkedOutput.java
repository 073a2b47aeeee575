package org.pledgewatch.extractor.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Extractors;
import org.pledgewatch.extractor.Statement;
import org.pledgewatch.extractor.entities.Gazetteer;

/**
 * Writes one line per statement and commitment the extractor finds in every annotated batch under a directory, each
 * marked against the gold as the {@link Scorer} matches: {@code R} right, {@code O} right but optional in the gold,
 * {@code Rm:<gold modality>} right with another modality, {@code Q:<gold speaker or actors>} the right quote or evidence
 * with another speaker or no common actor, {@code W} no gold item. Written before and after a change, the two files'
 * differing lines are that change's effect, each judged (see docs/tuning-rounds.md). Usage:
 * {@code MarkedOutput <resources dir> <out file> [regex of batch directories to leave out]}; leave out the untouched
 * sets, whose output nobody reads.
 */
public final class MarkedOutput {
    private MarkedOutput() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Pattern leftOut = Pattern.compile(args.length > 2 ? args[2] : "$^");
        Extractor extractor = Extractors.createDefault();
        Scorer scorer = new Scorer(Gazetteer.load());
        StringBuilder out = new StringBuilder();
        for (Path batch : Corpus.batches(root, leftOut)) {
            for (GoldArticle article : Corpus.read(batch)) {
                String key = batch.getFileName() + "/" + article.name();
                Extraction found = extractor.extract(new ArticleText(article.title(), article.body()));
                for (Statement st : found.statements()) {
                    out.append(key).append("\tS\t").append(mark(scorer, article, st)).append('\t')
                            .append(st.speaker() == null ? "-" : st.speaker().name()).append('\t')
                            .append(st.direct() ? "D" : "R").append('\t').append(oneLine(st.quote())).append('\n');
                }
                for (Commitment c : found.commitments()) {
                    StringJoiner actors = new StringJoiner("; ");
                    c.actors().forEach(a -> actors.add(a.name()));
                    out.append(key).append("\tC\t").append(mark(scorer, article, c)).append('\t').append(actors)
                            .append('\t').append(c.modality()).append('\t').append(oneLine(String.join(" | ", c.conditions())))
                            .append('\t').append(oneLine(c.evidence().text())).append('\n');
                }
            }
        }
        Files.writeString(Path.of(args[1]), out);
    }

    private static String mark(Scorer scorer, GoldArticle article, Statement st) {
        String mark = "W";
        for (GoldArticle.GoldStatement g : article.statements()) {
            if (scorer.statementMatches(g, st)) {
                return g.optional() ? "O" : "R";
            }
            if (TokenOverlap.of(g.quote(), st.quote()) >= Scorer.OVERLAP) {
                mark = "Q:" + g.speaker();
            }
        }
        return mark;
    }

    private static String mark(Scorer scorer, GoldArticle article, Commitment c) {
        String mark = "W";
        for (GoldArticle.GoldCommitment g : article.commitments()) {
            if (scorer.commitmentMatches(g, c)) {
                String right = g.optional() ? "O" : "R";
                return g.modality().equalsIgnoreCase(c.modality().name()) ? right : right + "m:" + g.modality();
            }
            if (TokenOverlap.of(g.evidence(), c.evidence().text()) >= Scorer.OVERLAP) {
                mark = "Q:" + g.actors();
            }
        }
        return mark;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\t', ' ');
    }
}
