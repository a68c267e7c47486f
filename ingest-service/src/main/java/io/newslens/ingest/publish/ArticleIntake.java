package io.newslens.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.contract.ArticleMessage;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.parse.ArticleDraft;
import io.newslens.ingest.status.RecentArticles;
import io.newslens.ingest.status.StoredRevisions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Takes a checked article: answers {@code duplicate} when this revision is already known (recently acknowledged here,
 * or stored by analysis-service), else publishes it and answers {@code queued} once Kafka has it.
 */
@ApplicationScoped
public class ArticleIntake {

    /** The duplicate look-up may not delay an answer by more than this; past it the article is published. */
    static final java.time.Duration DATABASE_BUDGET = java.time.Duration.ofMillis(300);

    private final ArticlePublisher publisher;
    private final RecentArticles recent;
    private final StoredRevisions stored;
    private final boolean checkDatabase;
    private final Counter queued;
    private final Counter duplicates;
    private final Counter unavailable;

    public ArticleIntake(ArticlePublisher publisher, RecentArticles recent, StoredRevisions stored, IngestConfig config,
                         MeterRegistry registry) {
        this.publisher = publisher;
        this.recent = recent;
        this.stored = stored;
        this.checkDatabase = config.checkDatabaseForDuplicates();
        this.queued = registry.counter("newslens.ingest.articles", "result", "queued");
        this.duplicates = registry.counter("newslens.ingest.articles", "result", "duplicate");
        this.unavailable = registry.counter("newslens.ingest.articles", "result", "unavailable");
    }

    public Uni<IngestResult> submit(ArticleDraft draft) {
        ArticleMessage article = draft.toMessage(Instant.now());
        if (recent.isCurrent(article.id(), article.revision())) {
            duplicates.increment();
            return Uni.createFrom().item(new IngestResult(article.id(), article.revision(), IngestResult.DUPLICATE));
        }
        Uni<Boolean> isStored = checkDatabase
                ? Uni.createFrom().completionStage(() -> stored.revisionOf(article.id()))
                        .map(r -> r.map(article.revision()::equals).orElse(false))
                        .ifNoItem().after(DATABASE_BUDGET).recoverWithItem(false)
                        .onFailure().recoverWithItem(false) // cannot tell: publish; analysis-service skips what it already did
                : Uni.createFrom().item(false);
        return isStored.chain(known -> {
            if (known) {
                duplicates.increment();
                return Uni.createFrom().item(new IngestResult(article.id(), article.revision(), IngestResult.DUPLICATE));
            }
            return publisher.publish(article)
                    .onFailure().invoke(f -> unavailable.increment())
                    .map(ignored -> {
                        recent.remember(article.id(), article.revision(), article.receivedAt());
                        queued.increment();
                        return new IngestResult(article.id(), article.revision(), IngestResult.QUEUED);
                    });
        });
    }
}
