package io.newslens.ingest.batch;

import io.newslens.common.problem.Problem.FieldError;
import io.newslens.ingest.metrics.IngestMetrics;
import io.newslens.ingest.parse.ArticleDraft;
import io.newslens.ingest.parse.InvalidArticleException;
import io.newslens.ingest.publish.ArticleIntake;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads every item of a batch, submits the valid ones with bounded concurrency, and reports one result per item. */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);
    static final int CONCURRENCY = 256;

    private final ArticleIntake intake;
    private final IngestMetrics metrics;

    public BatchIntake(ArticleIntake intake, IngestMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    public Uni<BatchResponse> submit(List<BatchItem> items) {
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> valid = new ArrayList<>();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                drafts.add(item.reader().get());
                valid.add(i);
            } catch (InvalidArticleException e) {
                results[i] = new ItemResult(item.file(), item.line(), ItemResult.REJECTED, null, null, e.problems());
                metrics.rejected("invalid");
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not read batch item %s line %s", item.file(), item.line());
                results[i] = new ItemResult(item.file(), item.line(), ItemResult.REJECTED, null, null,
                        List.of(new FieldError("body", "could not be read")));
                metrics.rejected("invalid");
            }
        }
        if (valid.isEmpty()) {
            return Uni.createFrom().item(BatchResponse.of(Arrays.asList(results)));
        }
        return Multi.createFrom().range(0, valid.size())
                .onItem().transformToUni(k -> {
                    int i = valid.get(k);
                    BatchItem item = items.get(i);
                    return intake.submit(drafts.get(k))
                            .map(r -> new ItemResult(item.file(), item.line(), r.status(), r.id(), r.revision(), List.of()))
                            .onFailure().recoverWithItem(f -> new ItemResult(item.file(), item.line(), ItemResult.UNAVAILABLE,
                                    null, null, List.of(new FieldError("kafka", f.getMessage()))))
                            .invoke(r -> results[i] = r);
                })
                .merge(CONCURRENCY)
                .collect().last()
                .map(ignored -> BatchResponse.of(Arrays.asList(results)));
    }
}
