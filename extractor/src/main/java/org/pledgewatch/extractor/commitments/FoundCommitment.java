package org.pledgewatch.extractor.commitments;

import java.util.List;
import org.pledgewatch.extractor.Amount;
import org.pledgewatch.extractor.Category;
import org.pledgewatch.extractor.Modality;
import org.pledgewatch.extractor.entities.Entity;

/** A commitment before it becomes an API record: actors and speaker are still article entities. */
public record FoundCommitment(List<Entity> actors, Entity speaker, String action, Entity beneficiary,
                              List<String> conditions, Modality modality, Category category, List<Amount> amounts,
                              String timeFrame, int evidenceStart, int evidenceEnd) {
}
