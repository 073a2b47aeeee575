package org.pledgewatch.extractor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English Universal Dependencies (EWT) models, read once from the model jars on
 * the classpath. The models themselves are immutable and thread-safe; only the ME tools that use
 * them are not (see {@link TextAnalyzer}). Never downloads anything.
 */
public final class EnglishModels {
    static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentences;
    final TokenizerModel tokens;
    /**
     * The POS model as shipped, its manifest's beam (3) included: {@link GreedyPosTagger} reads its weights, which no
     * beam changes; {@code POSTaggerME} gets {@link #posWithTaggerBeam()}.
     */
    final POSModel pos;
    final LemmatizerModel lemmas;

    private EnglishModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmas = lemmas;
    }

    public static EnglishModels load() {
        try {
            SentenceModel sentences;
            TokenizerModel tokens;
            POSModel pos;
            LemmatizerModel lemmas;
            try (InputStream in = open(SENTENCES)) {
                sentences = new SentenceModel(in);
            }
            try (InputStream in = open(TOKENS)) {
                tokens = new TokenizerModel(in);
            }
            try (InputStream in = open(POS)) {
                pos = new POSModel(in);
            }
            try (InputStream in = open(LEMMAS)) {
                lemmas = new LemmatizerModel(in);
            }
            return new EnglishModels(sentences, tokens, pos, lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    /**
     * The POS tagger's beam: 1, where the model's manifest says 3. Why: the beam search was the largest single cost
     * of extraction (a JFR profile of the seed article, docs/benchmarks.md), and greedy tagging gave the same
     * extraction, line for line, over all 2,859 annotated articles (round 40), at 15 to 28% more seed articles per
     * CPU-second. {@code POSTaggerME} reads the beam only from its model's manifest: see {@link #posWithTaggerBeam()}.
     */
    static final int TAGGER_BEAM = 1;

    /**
     * {@link #pos} with {@link #TAGGER_BEAM} in its manifest, for {@code POSTaggerME}: the same weights, feature
     * generator and factory. Built only where {@code POSTaggerME} runs (where {@link GreedyPosTagger} cannot, and in
     * tests), instead of rewriting the model's 8.5 MB archive at every load to change one line of its manifest.
     */
    POSModel posWithTaggerBeam() {
        return new POSModel(pos.getLanguage(), (MaxentModel) pos.getArtifact("pos.model"), TAGGER_BEAM, null,
                pos.getFactory());
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en jars)");
        }
        return in;
    }
}
