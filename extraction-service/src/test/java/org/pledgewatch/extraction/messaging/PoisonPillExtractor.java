package org.pledgewatch.extraction.messaging;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Extractors;

/**
 * The real extractor, except that it throws on articles containing {@link #MARKER}: the one thing a test
 * cannot otherwise provoke on demand is an extractor failure.
 */
public class PoisonPillExtractor {

    static final String MARKER = "POISON-PILL";

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Extractor extractor() {
        Extractor real = Extractors.createDefault();
        return new Extractor() {
            @Override
            public String version() {
                return real.version();
            }

            @Override
            public Extraction extract(org.pledgewatch.extractor.ArticleText article) {
                if (article.body().contains(MARKER)) {
                    throw new IllegalStateException("poison pill in article");
                }
                return real.extract(article);
            }
        };
    }
}
