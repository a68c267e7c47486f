package io.newslens.analysis.consume;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the consumer waits out transient storage failures (database down, lock timeouts, serialisation). */
@ConfigMapping(prefix = "newslens.analysis.store-retry")
public interface StoreRetryConfig {

    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();

    /** After this long the message fails and goes to the dead-letter topic. */
    @WithDefault("PT30M")
    Duration giveUpAfter();
}
