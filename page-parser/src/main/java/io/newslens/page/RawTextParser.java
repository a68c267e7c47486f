package io.newslens.page;

/**
 * Raw page text, as copied from a news page, to a {@link ParsedPage}: headline, stated publication date,
 * byline, clean body. Used by ingestion ({@code text/plain}) and by the offline analysis tool.
 */
public final class RawTextParser {

    private RawTextParser() {
    }

    public static ParsedPage parse(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
