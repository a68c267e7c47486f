package io.newslens.ingest.auth;

import io.newslens.common.auth.ApiKey;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Holds the configured API key. In production the service refuses to start without one; in dev and test mode it may
 * run open (with a warning) so that local work needs no secret.
 */
@ApplicationScoped
public class ApiKeyGuard {

    private static final Logger LOG = Logger.getLogger(ApiKeyGuard.class);

    private final Optional<ApiKey> key;

    public ApiKeyGuard(ApiKeyConfig config) {
        this.key = ApiKey.of(config.key());
    }

    void onStart(@Observes StartupEvent event) {
        if (key.isPresent()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("NEWSLENS_API_KEY is not set: ingest-service refuses to start in production without"
                    + " an API key for its write endpoints. Set NEWSLENS_API_KEY to a long random secret.");
        }
        LOG.warnf("NEWSLENS_API_KEY is not set: write endpoints are open (%s mode only)", LaunchMode.current().getDefaultProfile());
    }

    /** The key writes must carry; empty when none is configured (dev and test only: writes are open). */
    public Optional<ApiKey> key() {
        return key;
    }
}
