package io.newslens.ingest.auth;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** {@code newslens.api.key}, from the environment variable {@code NEWSLENS_API_KEY}. */
@ConfigMapping(prefix = "newslens.api")
public interface ApiKeyConfig {

    /** The key write requests must carry in {@code X-API-Key}; required in production, optional in dev and test. */
    Optional<String> key();
}
