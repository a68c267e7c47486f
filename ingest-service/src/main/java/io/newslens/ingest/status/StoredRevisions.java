package io.newslens.ingest.status;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Which revision of an article analysis-service has stored, asked in batches: one thread collects the ids asked for
 * while the previous query ran and looks them all up with one {@code id = ANY(?)} query. At thousands of articles a
 * second this costs a few hundred small queries instead of one per article, and adds no thread hop to the request.
 */
@ApplicationScoped
public class StoredRevisions {

    private static final Logger LOG = Logger.getLogger(StoredRevisions.class);
    static final int MAX_BATCH = 256;

    private record Ask(String id, CompletableFuture<Optional<String>> answer) {
    }

    private final AnalysisDatabase database;
    private final LinkedBlockingQueue<Ask> queue = new LinkedBlockingQueue<>(16_384);
    private volatile Thread worker;

    public StoredRevisions(AnalysisDatabase database) {
        this.database = database;
    }

    /** The stored revision, empty when none; completes exceptionally when the database cannot be asked. */
    public CompletionStage<Optional<String>> revisionOf(String id) {
        if (database.backingOff()) {
            return CompletableFuture.failedFuture(new DatabaseUnavailableException("analysis database unavailable", null));
        }
        startIfNeeded();
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        if (!queue.offer(new Ask(id, answer))) {
            answer.completeExceptionally(new DatabaseUnavailableException("too many pending look-ups", null));
        }
        return answer;
    }

    private void startIfNeeded() {
        if (worker == null) {
            synchronized (this) {
                if (worker == null) {
                    Thread t = new Thread(this::loop, "stored-revisions");
                    t.setDaemon(true);
                    t.start();
                    worker = t;
                }
            }
        }
    }

    private void loop() {
        List<Ask> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            answer(batch);
            batch.clear();
        }
    }

    private void answer(List<Ask> batch) {
        try {
            Map<String, String> found = database.analysedRevisions(batch.stream().map(Ask::id).distinct().toList());
            batch.forEach(a -> a.answer().complete(Optional.ofNullable(found.get(a.id()))));
        } catch (RuntimeException e) {
            batch.forEach(a -> a.answer().completeExceptionally(e));
        } catch (Error e) {
            LOG.error("stored revision look-up failed", e);
            batch.forEach(a -> a.answer().completeExceptionally(e));
        }
    }

    @PreDestroy
    void stop() {
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }

}
