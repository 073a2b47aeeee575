package org.pledgewatch.extractor;

import java.util.List;

/**
 * A pledge, promise, intention or obligation of one or more actors about future action.
 *
 * @param actors      who commits (never empty)
 * @param speaker     who voiced it, when it was voiced by someone (null otherwise)
 * @param action      a short verb phrase, e.g. "deploy soldiers to Ukrainian territory"
 * @param beneficiary who benefits, or null
 * @param conditions  explicit conditions as written, e.g. "after a final cease-fire"
 * @param timeFrame   when, as written (e.g. "by 2030"), or null
 * @param evidence    the sentence, with offsets into the body
 */
public record Commitment(List<Actor> actors, Speaker speaker, String action, Actor beneficiary,
                         List<String> conditions, Modality modality, Category category,
                         List<Amount> amounts, String timeFrame, Evidence evidence) {
    public Commitment {
        actors = List.copyOf(actors);
        conditions = List.copyOf(conditions);
        amounts = List.copyOf(amounts);
    }
}
