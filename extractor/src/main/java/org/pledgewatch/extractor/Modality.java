package org.pledgewatch.extractor;

/** How binding a commitment is, as worded in the text. */
public enum Modality {
    /** will, pledged, committed to, reported "would". */
    FIRM,
    /** a firm pledge under an explicit condition. */
    CONDITIONAL,
    /** could, may, consider, don't rule out, discussed. */
    HEDGED,
    /** will not, refused to, ruled out. */
    NEGATED
}
