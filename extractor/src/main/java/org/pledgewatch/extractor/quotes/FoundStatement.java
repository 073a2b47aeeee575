package org.pledgewatch.extractor.quotes;

import org.pledgewatch.extractor.entities.Entity;

/**
 * A statement before it becomes an API record: the speaker is still the article's entity, so the
 * commitment finder can ask which country a "we" in it stands for.
 */
public record FoundStatement(Entity speaker, int quoteStart, int quoteEnd, boolean direct, String verb,
                             int evidenceStart, int evidenceEnd) {

    public boolean covers(int offset) {
        return offset >= quoteStart && offset < quoteEnd;
    }
}
