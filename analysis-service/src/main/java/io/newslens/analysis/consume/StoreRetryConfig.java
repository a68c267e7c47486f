package io.newslens.analysis.consume;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How the consumer waits out transient database failures (the database away, a lock or statement timeout, a
 * serialization failure): retried with exponential backoff from {@link #initialBackoff()} up to {@link #maxBackoff()}
 * between tries, for as long as the failure lasts. There is no give-up: a good article is never dead-lettered because
 * the database was away (see {@link Failures}).
 */
@ConfigMapping(prefix = "newslens.analysis.store-retry")
public interface StoreRetryConfig {

    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();
}
