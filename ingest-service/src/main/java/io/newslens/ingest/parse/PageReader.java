package io.newslens.ingest.parse;

import io.newslens.common.problem.Problem.FieldError;
import io.newslens.page.HtmlArticle;
import io.newslens.page.HtmlPageParser;
import io.newslens.page.ParsedPage;
import io.newslens.page.RawTextParser;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Pages to articles with the shared page parser: raw page text ({@code text/plain}, as in {@code seeds/}) and HTML
 * (markup and boilerplate removed; title, date, byline, canonical URL and site name from the page's metadata).
 * A {@code url} or {@code source} given by the client wins over what the page says.
 */
public final class PageReader {

    private PageReader() {
    }

    public static ArticleDraft text(String raw, String url, String source) {
        if (raw.isBlank()) {
            throw new InvalidArticleException("body", "must not be empty or only whitespace");
        }
        ParsedPage page = RawTextParser.parse(raw);
        return ArticleRules.check(url, source, page.title(), page.byline(), page.published(), noText(page.body()),
                List.of());
    }

    public static ArticleDraft html(String html, String url, String source) {
        if (html.isBlank()) {
            throw new InvalidArticleException("body", "must not be empty or only whitespace");
        }
        HtmlArticle page = HtmlPageParser.parseArticle(html, url);
        String pageUrl = url != null && !url.isBlank() ? url : usableUrl(page.canonicalUrl());
        String pageSource = source != null && !source.isBlank() ? source
                : page.siteName() != null ? page.siteName() : hostOf(pageUrl);
        return ArticleRules.check(pageUrl, pageSource, page.title(), page.byline(), page.published(), noText(page.body()),
                List.of());
    }

    /** A blank parsed body means the page held no article text: say so rather than "required". */
    private static String noText(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException(List.of(new FieldError("body", "no article text found in the page")));
        }
        return body;
    }

    private static String usableUrl(String canonical) {
        return canonical != null && io.newslens.contract.ArticleCodec.isHttpUrl(canonical) ? canonical : null;
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
