package io.newslens.ingest.http;

import io.newslens.ingest.api.ArticleMediaTypes;
import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.api.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Checks the Content-Type header before the framework parses it: an unparseable one is a 415 and a multipart one
 * without a boundary a 400, not a server error (found by HostileInputIT: {@code Content-Type: garbage} and
 * {@code multipart/form-data; boundary=} answered 500).
 */
public class ContentTypeGuard {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return Optional.of(ProblemMappers.toResponse(ProblemException.unsupportedMediaType(
                    header.length() > 100 ? header.substring(0, 100) : header, ArticleMediaTypes.SUPPORTED)));
        }
        if (type.getType().equalsIgnoreCase("multipart")) {
            String boundary = type.getParameters().get("boundary");
            if (boundary == null || boundary.isBlank() || boundary.replace("\"", "").isBlank()) {
                return Optional.of(ProblemMappers.toResponse(ProblemException.invalid("Content-Type",
                        "a multipart body needs a boundary parameter, e.g. multipart/form-data; boundary=x")));
            }
        }
        return Optional.empty();
    }
}
