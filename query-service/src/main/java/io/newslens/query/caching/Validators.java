package io.newslens.query.caching;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ETag, If-None-Match and Cache-Control for the GETs listed in {@link CachePolicy}. The tag is read from the data
 * versions before the resource method runs, and a request whose If-None-Match holds it is answered 304 without
 * running the query. Tags are weak ({@code W/"..."}): the same answer goes out gzip'ed, Brotli'ed or plain, so its
 * bytes differ while its content does not, and If-None-Match compares weakly anyway. A tag also carries the
 * service's version, so that an upgrade that changes an answer's shape changes its tags.
 */
@ApplicationScoped
public class Validators {

    private static final String TAG = Validators.class.getName() + ".tag";
    private static final String POLICY = Validators.class.getName() + ".policy";

    private final DataVersions versions;
    private final String build;
    private final Map<Method, Optional<CachePolicy>> policies = new ConcurrentHashMap<>();

    public Validators(DataVersions versions,
                      @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String build) {
        this.versions = versions;
        this.build = build;
    }

    /** Runs on the worker thread, after matching (the resource method and its path parameters are known). */
    @ServerRequestFilter
    public Response validate(ContainerRequestContext request, ResourceInfo resource) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || resource.getResourceMethod() == null) {
            return null;
        }
        CachePolicy policy = policies.computeIfAbsent(resource.getResourceMethod(), m -> Optional.ofNullable(
                CachePolicy.BY_PATH.get(CachePolicy.template(resource.getResourceClass(), m)))).orElse(null);
        if (policy == null) {
            return null;
        }
        String version;
        try {
            version = version(policy.scope(), request);
        } catch (BadParameterException e) {
            return null; // the resource method answers it with its problem
        }
        if (version == null) {
            return null; // no such article: the resource method's 404
        }
        EntityTag tag = new EntityTag(build + "." + version, true);
        request.setProperty(TAG, tag);
        request.setProperty(POLICY, policy);
        Response.ResponseBuilder notModified = request.getRequest().evaluatePreconditions(tag);
        return notModified == null ? null : notModified.build();
    }

    private String version(Scope scope, ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        return switch (scope) {
            case ARTICLE -> versions.article(request.getUriInfo().getPathParameters().getFirst("id")).orElse(null);
            case SOURCE_RANGE -> versions.range(Params.range(query.getFirst("from"), query.getFirst("to")),
                    Params.text(query.getFirst("source")));
            case RANGE -> versions.range(Params.range(query.getFirst("from"), query.getFirst("to")), null);
            case GLOBAL -> versions.global();
        };
    }

    /** The tag and caching hints on answers that have them: the full answer (200) and 304. */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG);
        int status = response.getStatus();
        if (tag == null || status != 200 && status != 304) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, tag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, ((CachePolicy) request.getProperty(POLICY)).cacheControl());
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING); // beside CORS's Origin
    }
}
