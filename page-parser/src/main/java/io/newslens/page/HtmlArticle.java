package io.newslens.page;

import java.time.LocalDate;
import java.util.List;

/**
 * An article recovered from an HTML page by {@link HtmlPageParser}.
 *
 * @param title        the headline (og:title, meta title, first {@code <h1>} or {@code <title>}, site suffix trimmed), or null
 * @param published    the publication date the page states in its metadata, or null
 * @param byline       the author(s), without a "By" prefix, or null
 * @param body         the story text, paragraphs separated by {@code "\n\n"}; captions kept, boilerplate removed
 * @param canonicalUrl the canonical URL ({@code <link rel=canonical>}, og:url, else the base URL), or null
 * @param siteName     the site's name (og:site_name, application-name, JSON-LD publisher), or null
 */
public record HtmlArticle(String title, LocalDate published, String byline, String body, String canonicalUrl,
                          String siteName) {

    /**
     * The article as a {@link ParsedPage}. Its {@code bodySpans} are empty: the body is extracted from the DOM, so
     * body offsets have no exact counterpart in the HTML source and {@link ParsedPage#toOriginal(int)} returns -1.
     */
    public ParsedPage toParsedPage() {
        return new ParsedPage(title, published, byline, body, List.of());
    }
}
