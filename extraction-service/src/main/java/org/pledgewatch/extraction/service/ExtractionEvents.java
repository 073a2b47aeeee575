package org.pledgewatch.extraction.service;

import java.util.List;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;

/** What processing one article produces for the topics: its items, then the outcome that closes them. */
public record ExtractionEvents(List<StatementExtracted> statements, List<CommitmentExtracted> commitments,
                               ArticleProcessed outcome) {
}
