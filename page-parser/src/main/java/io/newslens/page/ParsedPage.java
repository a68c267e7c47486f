package io.newslens.page;

import java.time.LocalDate;
import java.util.List;

/**
 * An article recovered from raw page text.
 *
 * @param title     the headline, or null when the text has none
 * @param published the publication date the text states (e.g. a leading {@code date 2023-03-20}), or null
 * @param byline    the author line without its "By" prefix, or null
 * @param body      the clean story text: captions kept, repeated boxes and site boilerplate removed
 * @param bodySpans where each piece of {@code body} comes from in the original text, in body order; the
 *                  {@code "\n\n"} between paragraphs belongs to no span. Empty for a page parsed from HTML
 *                  ({@link HtmlPageParser}), whose body has no exact counterpart in the HTML source.
 */
public record ParsedPage(String title, LocalDate published, String byline, String body, List<Span> bodySpans) {

    /** {@code body[bodyStart, bodyStart + length)} is {@code original[originalStart, originalStart + length)}. */
    public record Span(int bodyStart, int originalStart, int length) {
    }

    /**
     * Maps an offset in {@link #body()} to the offset in the original text, or -1 when outside every span. The end of
     * a span maps too, so both ends of a range inside one paragraph ({@code [start, end)}) can be mapped.
     */
    public int toOriginal(int bodyOffset) {
        for (Span s : bodySpans) {
            if (bodyOffset >= s.bodyStart() && bodyOffset <= s.bodyStart() + s.length()) {
                return s.originalStart() + (bodyOffset - s.bodyStart());
            }
        }
        return -1;
    }
}
