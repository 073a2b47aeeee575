package org.pledgewatch.extractor.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
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
                pos = new POSModel(withBeamSize(in.readAllBytes(), TAGGER_BEAM));
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
     * CPU-second. {@code POSTaggerME} reads the beam only from the model's manifest, so the model is read with
     * another one ({@link #withBeamSize}).
     */
    static final int TAGGER_BEAM = 1;

    /** The model archive {@code model} (a zip) with its manifest's {@code BeamSize} set to {@code beam}. */
    static InputStream withBeamSize(byte[] model, int beam) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(model));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            // (a copy read back at once: stored, not compressed again)
            zout.setLevel(Deflater.NO_COMPRESSION);
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    manifest.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beam));
                    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    bytes = rewritten.toByteArray();
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en jars)");
        }
        return in;
    }
}
