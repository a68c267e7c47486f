package io.newslens.ingest.parse;

import io.newslens.contract.ArticleIds;
import io.newslens.contract.ArticleMessage;

import java.time.Instant;
import java.time.LocalDate;

/** An article as a client sent it, already checked by {@link ArticleRules}; becomes an {@link ArticleMessage}. */
public record ArticleDraft(String url, String source, String title, String byline, LocalDate published, String body) {

    public ArticleMessage toMessage(Instant receivedAt) {
        return new ArticleMessage(ArticleMessage.SCHEMA_VERSION, ArticleIds.idFor(url, title, body),
                ArticleIds.revisionOf(title, body), url, source, title, byline, published, body, receivedAt);
    }
}
