package io.newslens.ingest.metrics;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts a {@code POST /articles…} answered with a client error (4xx) as a rejected article, whichever layer refused
 * it: the body limits ({@code BodyLimitRoutes}), the API key filter, the media type, the article's own checks. Seen
 * once, when the answer's headers are written; a batch's per-item rejections are counted where they are decided
 * ({@code BatchIntake}), its answer then being 200.
 */
@ApplicationScoped
public class RejectedRequests {

    /** Before every other route, so that even an answer written by the earliest handler is seen. */
    static final int ORDER = -10;

    private final IngestMetrics metrics;

    public RejectedRequests(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST && ctx.normalizedPath().startsWith("/articles")) {
            ctx.addHeadersEndHandler(ignored -> {
                int status = ctx.response().getStatusCode();
                if (status >= 400 && status < 500) {
                    metrics.rejected(IngestMetrics.reasonFor(status));
                }
            });
        }
        ctx.next();
    }
}
