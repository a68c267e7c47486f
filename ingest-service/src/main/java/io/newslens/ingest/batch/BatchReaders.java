package io.newslens.ingest.batch;

import io.newslens.ingest.parse.InvalidArticleException;
import io.newslens.ingest.parse.JsonArticleReader;
import io.newslens.ingest.parse.PageReader;
import io.newslens.ingest.parse.Utf8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Splits NDJSON bodies and uploaded files into {@link BatchItem}s; each line or file is decoded and checked on its own. */
public final class BatchReaders {

    private BatchReaders() {
    }

    /** One item per line; a trailing newline does not make an extra line, but every other empty line is reported. */
    public static List<BatchItem> ndjson(String file, byte[] body, long maxLineBytes) {
        List<BatchItem> items = new ArrayList<>();
        int start = 0;
        int line = 1;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
            byte[] bytes = Arrays.copyOfRange(body, start, stop);
            items.add(new BatchItem(file, line, () -> {
                if (bytes.length > maxLineBytes) {
                    throw new InvalidArticleException("line", "larger than " + maxLineBytes + " bytes");
                }
                String text = Utf8.decode(bytes, "line");
                if (text.isBlank()) {
                    throw new InvalidArticleException("line", "empty line: expected one JSON article per line");
                }
                return JsonArticleReader.read(text);
            }));
            start = end + 1;
            line++;
        }
        return items;
    }

    /** The items of one uploaded file, by extension first, then by declared content type. */
    public static List<BatchItem> file(String name, String contentType, byte[] bytes, long maxArticleBytes) {
        String kind = kind(name, contentType);
        if (kind.equals("ndjson")) {
            return ndjson(name, bytes, maxArticleBytes);
        }
        return List.of(new BatchItem(name, null, () -> {
            if (kind.equals("unknown")) {
                throw new InvalidArticleException("file", "unsupported file type '" + contentType
                        + "': use .txt, .html, .json or .ndjson");
            }
            if (bytes.length > maxArticleBytes) {
                throw new InvalidArticleException("file", "larger than " + maxArticleBytes + " bytes");
            }
            String text = Utf8.decode(bytes, "file");
            return switch (kind) {
                case "json" -> JsonArticleReader.read(text);
                case "html" -> PageReader.html(text, null, null);
                default -> PageReader.text(text, null, null);
            };
        }));
    }

    static String kind(String name, String contentType) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
            return "ndjson";
        }
        if (n.endsWith(".json")) {
            return "json";
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return "html";
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return "text";
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("application/x-ndjson") || ct.startsWith("application/jsonl")) {
            return "ndjson";
        }
        if (ct.startsWith("application/json")) {
            return "json";
        }
        if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) {
            return "html";
        }
        if (ct.startsWith("text/plain")) {
            return "text";
        }
        return "unknown";
    }
}
