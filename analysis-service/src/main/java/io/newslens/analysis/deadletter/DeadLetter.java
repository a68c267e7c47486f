package io.newslens.analysis.deadletter;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** One record of the dead-letter topic, as an operator sees it. */
public record DeadLetter(int partition, long offset, Instant timestamp, String key, String reason, String cause,
                         int bytes, String replayedFrom) {

    /** {@code partition@offset}, the handle an operator names it by. */
    @JsonProperty("ref")
    public String ref() {
        return partition + "@" + offset;
    }
}
