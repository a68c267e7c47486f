package io.newslens.query.quotes;

import io.newslens.query.api.Named;

import java.time.LocalDate;

/** A quote with where it appeared; offsets are into the article body. */
public record QuoteHit(long id, String text, Named speaker, String speakerName, String cue, float confidence,
                       String articleId, String articleTitle, String source, LocalDate dated, int start, int end) {
}
