package io.newslens.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.problem.Problem;
import io.newslens.ingest.api.ArticleMediaTypes;
import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.config.IngestConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses oversized bodies before they are read, as {@code application/problem+json} 413: single articles above
 * {@code newslens.ingest.max-article-size}, batches above {@code max-batch-size} (which is also
 * {@code quarkus.http.limits.max-body-size}; its bare 413 for streamed bodies is turned into a problem here too).
 */
@ApplicationScoped
public class BodyLimitRoutes {

    /** Just before Quarkus's own upload limit ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT} = -2). */
    static final int ORDER = -3;

    private final long articleLimit;
    private final long batchLimit;
    private final ObjectMapper mapper;

    public BodyLimitRoutes(IngestConfig config, ObjectMapper mapper) {
        this.articleLimit = config.maxArticleSize().asLongValue();
        this.batchLimit = config.maxBatchSize().asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkLength);
        router.route().order(ORDER).failureHandler(this::mapTooLarge);
    }

    private void checkLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && ctx.request().method() != HttpMethod.GET) {
            long limit = limitFor(ctx);
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    respond(ctx, ProblemException.tooLarge("request", limit).problem());
                    return;
                }
            } catch (NumberFormatException e) {
                // leave malformed lengths to the HTTP server
            }
        }
        ctx.next();
    }

    private void mapTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            respond(ctx, ProblemException.tooLarge("request", batchLimit).problem());
        } else {
            ctx.next();
        }
    }

    private long limitFor(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean batch = ctx.normalizedPath().startsWith("/articles/batch")
                || (type != null && (type.startsWith(ArticleMediaTypes.MULTIPART) || type.startsWith(ArticleMediaTypes.NDJSON)));
        return batch ? batchLimit : articleLimit;
    }

    private void respond(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (Exception e) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }
}
