package io.newslens.ingest.publish;

import io.newslens.contract.ArticleMessage;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.metrics.IngestMetrics;
import io.newslens.ingest.parse.ArticleDraft;
import io.newslens.ingest.status.RecentArticles;
import io.newslens.ingest.status.StoredRevisions;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes a checked article: answers {@code duplicate} when this revision is already known (recently acknowledged here,
 * stored by analysis-service, or being published by another request right now), else publishes it and answers
 * {@code queued} once Kafka has it.
 *
 * <p>The decision is atomic within this instance: the first request for an (id, revision) claims it; a twin arriving
 * while that request is still deciding or publishing waits for its outcome and answers {@code duplicate} once Kafka
 * acknowledged the first, or the same failure (503, try again) when it did not. Twins sent to two different instances
 * at the same moment can both be queued; analysis-service stores them once all the same.
 */
@ApplicationScoped
public class ArticleIntake {

    /** The duplicate look-up may not delay an answer by more than this; past it the article is published. */
    static final java.time.Duration DATABASE_BUDGET = java.time.Duration.ofMillis(300);

    private final ArticlePublisher publisher;
    private final RecentArticles recent;
    private final StoredRevisions stored;
    private final boolean checkDatabase;
    private final IngestMetrics metrics;
    /** (id, revision) being decided or published right now, with the outcome its twins wait for. */
    private final Map<String, CompletableFuture<IngestResult>> inFlight = new ConcurrentHashMap<>();

    public ArticleIntake(ArticlePublisher publisher, RecentArticles recent, StoredRevisions stored, IngestConfig config,
                         IngestMetrics metrics) {
        this.publisher = publisher;
        this.recent = recent;
        this.stored = stored;
        this.checkDatabase = config.checkDatabaseForDuplicates();
        this.metrics = metrics;
    }

    public Uni<IngestResult> submit(ArticleDraft draft) {
        // the claim is taken when the answer is subscribed to, so that an answer nobody waits for claims nothing
        // ... on the request's thread, whose trace context the record must carry (the look-up below may finish elsewhere)
        return Uni.createFrom().deferred(() -> submitNow(draft.toMessage(Instant.now()), Context.current()));
    }

    private Uni<IngestResult> submitNow(ArticleMessage article, Context trace) {
        if (recent.isCurrent(article.id(), article.revision())) {
            return duplicate(article);
        }
        String key = article.id() + "\u0000" + article.revision();
        CompletableFuture<IngestResult> mine = new CompletableFuture<>();
        CompletableFuture<IngestResult> first = inFlight.putIfAbsent(key, mine);
        if (first != null) {
            // a twin is on its way: its outcome is ours, as a duplicate
            return Uni.createFrom().completionStage(first).map(ignored -> {
                metrics.duplicate();
                return new IngestResult(article.id(), article.revision(), IngestResult.DUPLICATE);
            });
        }
        if (recent.isCurrent(article.id(), article.revision())) {
            // acknowledged between the first look and the claim
            inFlight.remove(key, mine);
            mine.complete(null);
            return duplicate(article);
        }
        return decide(article, trace)
                .onItemOrFailure().invoke((result, failure) -> {
                    inFlight.remove(key, mine);
                    if (failure != null) {
                        mine.completeExceptionally(failure);
                    } else {
                        mine.complete(result);
                    }
                })
                .onCancellation().invoke(() -> {
                    // the client went away before the outcome: twins waiting on it decide for themselves next time
                    inFlight.remove(key, mine);
                    mine.completeExceptionally(new PublishUnavailableException("the first request for this article was cancelled", null));
                });
    }

    private Uni<IngestResult> duplicate(ArticleMessage article) {
        metrics.duplicate();
        return Uni.createFrom().item(new IngestResult(article.id(), article.revision(), IngestResult.DUPLICATE));
    }

    private Uni<IngestResult> decide(ArticleMessage article, Context trace) {
        Uni<Boolean> isStored = checkDatabase
                ? Uni.createFrom().completionStage(() -> stored.revisionOf(article.id()))
                        .map(r -> r.map(article.revision()::equals).orElse(false))
                        .ifNoItem().after(DATABASE_BUDGET).recoverWithItem(false)
                        .onFailure().recoverWithItem(false) // cannot tell: publish; analysis-service skips what it already did
                : Uni.createFrom().item(false);
        return isStored.chain(known -> {
            if (known) {
                return duplicate(article);
            }
            return publisher.publish(article, trace)
                    .onFailure().invoke(f -> metrics.unavailable())
                    .map(ignored -> {
                        recent.remember(article.id(), article.revision(), article.receivedAt());
                        metrics.queued();
                        return new IngestResult(article.id(), article.revision(), IngestResult.QUEUED);
                    });
        });
    }
}
