package io.newslens.query.entities;

import io.newslens.query.api.Named;
import io.newslens.query.quotes.QuoteHit;

import java.time.LocalDate;
import java.util.List;

/** Everything known about one entity, with its most frequent companions and latest quotes by and about it. */
public record EntityProfile(long id, String name, String type, List<String> aliases, long articleCount,
                            long mentionCount, LocalDate firstSeen, LocalDate lastSeen,
                            List<CoMentioned> topCoMentioned, List<QuoteHit> latestQuotesBy,
                            List<QuoteHit> latestQuotesAbout) {

    /** Another entity and the number of articles mentioning both. */
    public record CoMentioned(Named entity, long articles) {
    }
}
