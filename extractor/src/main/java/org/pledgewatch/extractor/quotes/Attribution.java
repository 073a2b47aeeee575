package org.pledgewatch.extractor.quotes;

import org.pledgewatch.extractor.entities.Entity;

/** Who said a quote, with which verb, and the extent of the sentences that say so. */
public record Attribution(Entity speaker, String verb, int start, int end) {
}
