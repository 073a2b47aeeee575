package org.pledgewatch.extraction.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Extractors;

/** The one extractor of this service, loaded at start so the first article pays no model loading. */
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    @Startup
    Extractor extractor() {
        long started = System.nanoTime();
        Extractor extractor = Extractors.createDefault();
        LOG.infof("Extractor %s loaded in %d ms", extractor.version(), (System.nanoTime() - started) / 1_000_000);
        return extractor;
    }
}
