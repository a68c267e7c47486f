package io.newslens.query.articles;

import io.newslens.query.api.Named;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An article with everything the analysis found in it, and the analyzer version that found it. */
public record ArticleDetail(String id, String revision, String url, String source, String title, String byline,
                            LocalDate published, LocalDate dated, OffsetDateTime receivedAt, OffsetDateTime analyzedAt,
                            String analyzerVersion, String body, List<Entity> entities, List<Quote> quotes) {

    /**
     * An entity as mentioned in this article: {@code aliases} are all names known for it, {@code namesUsed}
     * the ones this article uses; mention offsets are character offsets into the title or body.
     */
    public record Entity(long id, String name, String type, List<String> aliases, List<String> namesUsed,
                         int mentionCount, List<Mention> mentions) {
    }

    public record Mention(String section, int start, int end, String surface) {
    }

    /** Offsets into the body; {@code speaker} is null when no entity was attributed, {@code speakerName} as written. */
    public record Quote(long id, int seq, String text, int start, int end, Named speaker, String speakerName, String cue,
                        float confidence, boolean block) {
    }
}
