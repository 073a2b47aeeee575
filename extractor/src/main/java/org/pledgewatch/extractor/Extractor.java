package org.pledgewatch.extractor;

/**
 * Turns the text of one article into statements and commitments.
 *
 * <p>Implementations are thread-safe, deterministic (the same text gives the same result) and do not
 * touch the network; heavy resources (models, gazetteers) are loaded once, at construction.
 */
public interface Extractor {

    /** A short version string, e.g. {@code "rules-1.0.0"}; changes whenever the output may change. */
    String version();

    Extraction extract(ArticleText article);
}
