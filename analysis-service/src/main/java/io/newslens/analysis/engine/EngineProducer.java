package io.newslens.analysis.engine;

import io.newslens.extract.ExtractionEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads the extraction engine's models once, at start-up, so the first article does not wait for them. */
@ApplicationScoped
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @Singleton
    @Startup
    ExtractionEngine engine() {
        long t0 = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.load();
        LOG.infof("extraction engine %s loaded in %d ms", engine.version(), (System.nanoTime() - t0) / 1_000_000);
        return engine;
    }
}
