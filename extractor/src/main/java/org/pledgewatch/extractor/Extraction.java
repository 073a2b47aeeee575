package org.pledgewatch.extractor;

import java.util.List;

/** Everything the extractor found in one article, in order of appearance. */
public record Extraction(List<Statement> statements, List<Commitment> commitments) {
    public Extraction {
        statements = List.copyOf(statements);
        commitments = List.copyOf(commitments);
    }
}
