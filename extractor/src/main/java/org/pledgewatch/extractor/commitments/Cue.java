package org.pledgewatch.extractor.commitments;

import org.pledgewatch.extractor.Modality;

/** A cue phrase found in a sentence: tokens [start, end) of the sentence. */
public record Cue(CuePhrase phrase, int start, int end) {
    public Modality modality() {
        return phrase.modality();
    }
}
