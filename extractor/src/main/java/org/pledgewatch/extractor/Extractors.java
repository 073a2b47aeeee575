package org.pledgewatch.extractor;

/** Where services get the extractor they run. */
public final class Extractors {
    private Extractors() {
    }

    /** The best extractor this module has; loads its models and gazetteers once. */
    public static Extractor createDefault() {
        throw new UnsupportedOperationException("replaced by the rule-based extractor");
    }
}
