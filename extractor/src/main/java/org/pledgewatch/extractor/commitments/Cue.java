package org.pledgewatch.extractor.commitments;

import org.pledgewatch.extractor.Modality;

/**
 * A cue phrase found in a sentence: tokens [start, end) of the sentence; for "commits X to", the
 * committed party X is tokens [objectStart, objectEnd), else both are -1.
 */
public record Cue(CuePhrase phrase, int start, int end, int objectStart, int objectEnd) {
    public Cue(CuePhrase phrase, int start, int end) {
        this(phrase, start, end, -1, -1);
    }

    public Modality modality() {
        return phrase.modality();
    }
}
