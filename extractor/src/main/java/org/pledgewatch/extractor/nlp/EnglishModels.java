package org.pledgewatch.extractor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
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

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en jars)");
        }
        return in;
    }
}
