package org.pledgewatch.extractor.commitments;

import java.util.List;
import org.pledgewatch.extractor.Modality;

/**
 * A phrase that signals a commitment, with its modality. {@code reported}: counts only inside
 * reported speech ("he said France would"), since a bare "would" in news copy is usually
 * hypothetical. {@code weak}: "discussed" and the like, which yield to any other cue. {@code modal}:
 * the action is the verb phrase after it.
 */
public record CuePhrase(List<String> words, Modality modality, boolean reported, boolean weak, boolean modal) {
}
