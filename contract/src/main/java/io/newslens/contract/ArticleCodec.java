package io.newslens.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes {@link ArticleMessage} as JSON, checking every field against the contract
 * ({@code schema/article-message.schema.json}). Producers and the consumer use this one class.
 */
public final class ArticleCodec {

    private static final Set<String> FIELDS = Set.of("schemaVersion", "id", "revision", "url", "source", "title",
            "byline", "published", "body", "receivedAt");
    private static final int MAX_SHORT_FIELD = 2_000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // "{...} garbage" is not a message: without this Jackson reads the object and ignores the rest
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ArticleCodec() {
    }

    public static byte[] toJson(ArticleMessage message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + message.id(), e);
        }
    }

    /**
     * Parses and validates a message. Missing {@code id} and {@code revision} are derived the way
     * ingest-service derives them, so an outside producer may leave them out.
     *
     * @throws InvalidMessageException naming every field that is wrong
     */
    public static ArticleMessage fromJson(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidMessageException(List.of("message: empty"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException(List.of("message: not valid UTF-8"));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException(List.of("message: malformed JSON: " + e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidMessageException(List.of("message: must be a JSON object"));
        }
        return fromTree(node);
    }

    static ArticleMessage fromTree(JsonNode node) {
        List<String> problems = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(name + ": unknown field");
            }
        }
        JsonNode versionNode = node.get("schemaVersion");
        int version = 0;
        if (versionNode == null || !versionNode.canConvertToInt() || !versionNode.isIntegralNumber()) {
            problems.add("schemaVersion: required integer");
        } else {
            version = versionNode.intValue();
            if (version != ArticleMessage.SCHEMA_VERSION) {
                problems.add("schemaVersion: unsupported version " + version + " (supported: " + ArticleMessage.SCHEMA_VERSION + ")");
            }
        }
        String body = string(node, "body", problems, ArticleMessage.MAX_BODY_CHARS);
        if (body == null && !problems.stream().anyMatch(p -> p.startsWith("body:"))) {
            problems.add("body: required");
        } else if (body != null && body.isBlank()) {
            problems.add("body: must not be blank");
        }
        String id = string(node, "id", problems, 64);
        if (id != null && !id.matches("[A-Za-z0-9_.:-]{1,64}")) {
            problems.add("id: must be 1-64 characters of letters, digits, '_', '.', ':' or '-'");
        }
        String revision = string(node, "revision", problems, 64);
        String url = string(node, "url", problems, MAX_SHORT_FIELD);
        if (url != null && !isHttpUrl(url)) {
            problems.add("url: not an absolute http(s) URL");
        }
        String source = string(node, "source", problems, 200);
        String title = string(node, "title", problems, MAX_SHORT_FIELD);
        String byline = string(node, "byline", problems, MAX_SHORT_FIELD);
        LocalDate published = null;
        String publishedText = string(node, "published", problems, 40);
        if (publishedText != null) {
            try {
                published = LocalDate.parse(publishedText);
            } catch (DateTimeParseException e) {
                problems.add("published: not a date in the form YYYY-MM-DD");
            }
        }
        Instant receivedAt = null;
        String receivedText = string(node, "receivedAt", problems, 40);
        if (receivedText != null) {
            try {
                receivedAt = Instant.parse(receivedText);
            } catch (DateTimeParseException e) {
                problems.add("receivedAt: not an ISO-8601 instant such as 2024-05-17T09:30:00Z");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(problems);
        }
        if (id == null) {
            id = ArticleIds.idFor(url, title, body);
        }
        if (revision == null) {
            revision = ArticleIds.revisionOf(title, body);
        }
        return new ArticleMessage(version, id, revision, url, source, title, byline, published, body,
                receivedAt == null ? Instant.now() : receivedAt);
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isHttpUrl(String url) {
        try {
            URI u = new URI(url.trim());
            return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                    && u.getHost() != null && !u.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String string(JsonNode node, String field, List<String> problems, int maxChars) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(field + ": must be a string");
            return null;
        }
        String s = v.textValue();
        if (s.length() > maxChars) {
            problems.add(field + ": longer than " + maxChars + " characters");
            return null;
        }
        return s;
    }
}
