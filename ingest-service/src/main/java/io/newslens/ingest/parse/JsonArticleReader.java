package io.newslens.ingest.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.common.problem.Problem.FieldError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one article from JSON: {@code {"body": "...", "title": "...", "url": "...", "source": "...", "byline": "...",
 * "published": "2024-05-17"}}. Only {@code body} is required. Every problem is reported with its field.
 */
public final class JsonArticleReader {

    static final Set<String> FIELDS = Set.of("url", "source", "title", "byline", "published", "body");

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())
            .build());

    private JsonArticleReader() {
    }

    /** Parses already decoded JSON text. */
    public static ArticleDraft read(String json) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(json)) {
            node = MAPPER.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw new InvalidArticleException("request", "malformed JSON: more than one value (use POST /articles/batch"
                        + " with application/x-ndjson for several articles)");
            }
        } catch (JsonProcessingException e) {
            // a broken stream constraint (nesting depth) has no location
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new InvalidArticleException("request", "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidArticleException("request", "malformed JSON: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidArticleException("request", "empty: expected a JSON object with at least \"body\"");
        }
        if (!node.isObject()) {
            throw new InvalidArticleException("request", "must be a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        List<FieldError> problems = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new FieldError(name, "unknown field (accepted: body, title, url, source, byline, published)"));
            }
        }
        String url = text(node, "url", problems);
        String source = text(node, "source", problems);
        String title = text(node, "title", problems);
        String byline = text(node, "byline", problems);
        String body = text(node, "body", problems);
        LocalDate published = date(text(node, "published", problems), problems);
        return ArticleRules.check(url, source, title, byline, published, body, problems);
    }

    /** A date {@code YYYY-MM-DD}, or an ISO-8601 date-time with offset whose date part is taken; null stays null. */
    public static LocalDate date(String value, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeException e2) {
                problems.add(new FieldError("published", "not a date: expected YYYY-MM-DD (or an ISO-8601 date-time), got '"
                        + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'"));
                return null;
            }
        }
    }

    private static String text(JsonNode node, String field, List<FieldError> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new FieldError(field, "must be a string, not " + v.getNodeType().name().toLowerCase()));
            return null;
        }
        return v.textValue();
    }
}
