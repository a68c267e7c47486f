package io.newslens.ingest.http;

import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.parse.InvalidArticleException;
import io.newslens.ingest.parse.Utf8;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** Checks shared by the endpoints: size, charset and strict UTF-8 decoding of a request body. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] limited(byte[] body, long limit) {
        byte[] b = body == null ? new byte[0] : body;
        if (b.length > limit) {
            throw ProblemException.tooLarge("request", limit);
        }
        return b;
    }

    /** The body as text; only UTF-8 (or its subset US-ASCII) is accepted. */
    static String text(byte[] body, MediaType type, List<String> supported) {
        checkCharset(type, supported);
        if (body.length == 0) {
            throw new InvalidArticleException("body", "must not be empty or only whitespace");
        }
        return Utf8.decode(body, "request");
    }

    /** A declared charset other than UTF-8 (or US-ASCII) is refused with 415. */
    static void checkCharset(MediaType type, List<String> supported) {
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset != null) {
            String c = charset.trim().replace("\"", "").toLowerCase(Locale.ROOT);
            if (!c.equals("utf-8") && !c.equals("utf8") && !c.equals("us-ascii")) {
                throw ProblemException.unsupportedMediaType(type.toString(), supported.stream().map(s -> s + "; charset=utf-8").toList());
            }
        }
    }
}
