package io.newslens.ingest.api;

import java.util.List;

/** The media types the ingestion endpoints read. */
public final class ArticleMediaTypes {

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String NDJSON = "application/x-ndjson";
    public static final String MULTIPART = "multipart/form-data";

    /** For {@code POST /articles}. */
    public static final List<String> SUPPORTED = List.of(JSON, TEXT, HTML, MULTIPART);

    /** For {@code POST /articles/batch}. */
    public static final List<String> SUPPORTED_BATCH = List.of(NDJSON, MULTIPART);

    private ArticleMediaTypes() {
    }
}
