package io.newslens.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Client errors that the HTTP layer raises before (or instead of) a resource, as {@code application/problem+json}
 * naming what was wrong, in every service: a body over {@code quarkus.http.limits.max-body-size} (Quarkus answers a
 * declared length over it with a bare 413), and the statuses the router ends with an empty body (no route: 404, a
 * failure with a client status, such as a streamed body over the limit). Errors the resources raise are mapped by
 * each service's exception mappers, with the same {@link StatusProblems}.
 *
 * <p>A URI that is no URI (a malformed percent-encoding such as {@code ?cursor=%%%garbage}) is refused by the
 * router's first route, with the check Quarkus would have made in front of the router with a bare 400 (see
 * {@link RequestUris}).
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);
    /** Before any other route: nothing should read a URI that is no URI. */
    static final int URI_ORDER = Integer.MIN_VALUE;
    /** Before Quarkus's own upload limit ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT} = -2), after ingest's (-3). */
    static final int LENGTH_ORDER = -2;
    /** Client errors nothing more specific answered (ingest's body limits at -3 come first). */
    static final int FAILURE_ORDER = -1;
    private static final List<Integer> ERRORS = List.of(400, 404, 405, 406, 411, 413, 414, 415, 431);

    private final ObjectMapper mapper;
    private final long maxBody;
    private final int maxRequestLine;
    private final long maxHeaders;

    public HttpProblems(ObjectMapper mapper,
                        @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
                        @ConfigProperty(name = "newslens.http.max-request-line", defaultValue = "4096") int maxRequestLine,
                        @ConfigProperty(name = "newslens.http.max-header-size", defaultValue = "20K") MemorySize maxHeaders) {
        this.mapper = mapper;
        this.maxBody = maxBody.asLongValue();
        this.maxRequestLine = maxRequestLine;
        this.maxHeaders = maxHeaders.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(URI_ORDER).handler(this::refuseMalformedUri);
        router.route().order(LENGTH_ORDER).handler(this::refuseDeclaredTooLarge);
        router.route().order(FAILURE_ORDER).failureHandler(this::failure);
        for (int status : ERRORS) {
            router.errorHandler(status, ctx -> respond(ctx, problem(ctx, status)));
        }
    }

    private void refuseMalformedUri(RoutingContext ctx) {
        String uri = ctx.request().uri();
        // the request line as the codec counts it: method, target and version with two spaces
        int line = ctx.request().method().name().length() + uri.length() + 10;
        if (line > maxRequestLine) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(ctx, Problem.of(414, "uri-too-long", "Request URI too long",
                    "The request line is " + line + " bytes, over the limit of " + maxRequestLine + ".",
                    List.of(new Problem.FieldError("uri", "longer than " + maxRequestLine + " bytes"))));
            return;
        }
        long headers = 0;
        for (var h : ctx.request().headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4; // "name: value\r\n"
        }
        if (headers > maxHeaders) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(ctx, Problem.of(431, "headers-too-large", "Request header fields too large",
                    "The request's headers are " + headers + " bytes, over the limit of " + maxHeaders + ".",
                    List.of(new Problem.FieldError("headers", "larger than " + maxHeaders + " bytes"))));
            return;
        }
        var reason = RequestUris.malformed(uri);
        if (reason.isEmpty()) {
            ctx.next();
            return;
        }
        int query = uri.indexOf('?');
        String field = query >= 0 && RequestUris.malformed(uri.substring(0, query)).isEmpty() ? "query" : "path";
        respond(ctx, Problem.of(400, "malformed-uri", "Malformed request URI",
                "The request's " + field + " is not valid URI syntax (" + reason.get() + "): percent-encode '%' as %25"
                        + " and other reserved characters as %XX.",
                List.of(new Problem.FieldError(field, reason.get()))));
    }

    private void refuseDeclaredTooLarge(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && ctx.request().method() != HttpMethod.GET) {
            try {
                if (Long.parseLong(length.trim()) > maxBody) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    respond(ctx, Problem.of(413, "too-large", "Request body too large",
                            "The request body is larger than the limit of " + maxBody + " bytes.",
                            List.of(new Problem.FieldError("request", "larger than " + maxBody + " bytes"))).at(ctx.request().path()));
                    return;
                }
            } catch (NumberFormatException e) {
                // a malformed length is the HTTP server's to refuse
            }
        }
        ctx.next();
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status >= 500 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        respond(ctx, problem(ctx, status));
    }

    private static Problem problem(RoutingContext ctx, int status) {
        return StatusProblems.of(status, ctx.request().method().name(), ctx.request().path(),
                ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
    }

    private void respond(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        try {
            String body = mapper.writeValueAsString(problem);
            ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debugf(e, "could not answer %d with a problem", problem.status());
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(problem.status()).end();
            }
        }
    }
}
