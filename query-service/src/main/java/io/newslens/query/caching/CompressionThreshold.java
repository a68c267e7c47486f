package io.newslens.query.caching;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leaves answers smaller than {@code newslens.http.compress-min-size} bytes uncompressed: gzip's header and trailer
 * make a tiny answer larger, and compressing it costs more than sending it. Quarkus compresses every answer of a
 * listed media type and Vert.x offers no size threshold (Netty's compressor has one, which Vert.x sets to 0), so a
 * filter marks small answers {@code Content-Encoding: identity}, which the compressor leaves alone; the length is known
 * once the body is complete, as RESTEasy writes a JSON answer in one piece.
 */
@ApplicationScoped
public class CompressionThreshold {

    private final int minSize;

    public CompressionThreshold(@ConfigProperty(name = "newslens.http.compress-min-size") int minSize) {
        this.minSize = minSize;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> {
                String length = rc.response().headers().get(HttpHeaders.CONTENT_LENGTH);
                if (length != null && Long.parseLong(length) < minSize) {
                    rc.response().headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                }
            });
            rc.next();
        }, 100);
    }
}
