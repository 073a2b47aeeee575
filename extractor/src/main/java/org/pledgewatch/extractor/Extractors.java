package org.pledgewatch.extractor;

import org.pledgewatch.extractor.pipeline.RuleBasedExtractor;

/** Where services get the extractor they run. */
public final class Extractors {
    private Extractors() {
    }

    /** The best extractor this module has; loads its models and gazetteers once. */
    public static Extractor createDefault() {
        return new RuleBasedExtractor();
    }
}
