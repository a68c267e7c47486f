package io.newslens.query.caching;

import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * What each GET of the query API may be cached for and which data its ETag follows, by path (as OpenAPI lists
 * them): the request filter tags answers from this table and the OpenAPI filter documents the same entries.
 * Aggregations may be a few seconds old; search, quotes and entities follow new articles about as closely; an
 * article's detail changes only with a new revision or re-analysis (or a renamed entity in it), so clients may keep
 * it a minute before they revalidate. Every entry may be stored by shared caches: the API has no per-user answers.
 */
public record CachePolicy(Scope scope, String cacheControl) {

    public static final Map<String, CachePolicy> BY_PATH = Map.ofEntries(
            Map.entry("/articles", new CachePolicy(Scope.SOURCE_RANGE, "public, max-age=10")),
            Map.entry("/articles/{id}", new CachePolicy(Scope.ARTICLE, "public, max-age=60")),
            Map.entry("/entities", new CachePolicy(Scope.GLOBAL, "public, max-age=30")),
            Map.entry("/entities/{id}", new CachePolicy(Scope.GLOBAL, "public, max-age=30")),
            Map.entry("/quotes", new CachePolicy(Scope.SOURCE_RANGE, "public, max-age=10")),
            Map.entry("/stats/top-entities", new CachePolicy(Scope.SOURCE_RANGE, "public, max-age=5")),
            Map.entry("/stats/timeline", new CachePolicy(Scope.RANGE, "public, max-age=5")),
            Map.entry("/stats/cooccurrence", new CachePolicy(Scope.RANGE, "public, max-age=5")),
            Map.entry("/stats/speakers", new CachePolicy(Scope.SOURCE_RANGE, "public, max-age=5")),
            Map.entry("/stats/sources", new CachePolicy(Scope.RANGE, "public, max-age=5")),
            // articles per day, week or month from source_day: the requested source and dates
            Map.entry("/stats/articles", new CachePolicy(Scope.SOURCE_RANGE, "public, max-age=5")));

    /** The path template of a resource method: its class's {@code @Path} and its own. */
    public static String template(Class<?> resource, Method method) {
        Path outer = resource.getAnnotation(Path.class);
        Path inner = method.getAnnotation(Path.class);
        String path = (outer == null ? "" : "/" + outer.value()) + (inner == null ? "" : "/" + inner.value());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
