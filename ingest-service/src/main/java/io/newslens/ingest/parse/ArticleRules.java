package io.newslens.ingest.parse;

import io.newslens.common.problem.Problem.FieldError;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks every article passes, whichever way it came in; limits follow the message contract. */
public final class ArticleRules {

    public static final int MAX_URL = 2_000;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_TITLE = 2_000;
    public static final int MAX_BYLINE = 2_000;

    private ArticleRules() {
    }

    /** Trims the short fields (blank becomes absent), checks everything and returns the draft, or throws naming each field. */
    public static ArticleDraft check(String url, String source, String title, String byline, LocalDate published, String body,
                                     List<FieldError> earlier) {
        List<FieldError> problems = new ArrayList<>(earlier);
        url = shortField("url", url, MAX_URL, problems);
        if (url != null && !ArticleCodec.isHttpUrl(url)) {
            problems.add(new FieldError("url", "not an absolute http(s) URL such as https://example.com/news/1"));
        }
        source = shortField("source", source, MAX_SOURCE, problems);
        title = shortField("title", title, MAX_TITLE, problems);
        byline = shortField("byline", byline, MAX_BYLINE, problems);
        boolean bodyReported = problems.stream().anyMatch(p -> p.field().equals("body"));
        if (!bodyReported) {
            if (body == null) {
                problems.add(new FieldError("body", "required"));
            } else if (body.isBlank()) {
                problems.add(new FieldError("body", "must not be empty or only whitespace"));
            } else if (body.length() > ArticleMessage.MAX_BODY_CHARS) {
                problems.add(new FieldError("body", "longer than " + ArticleMessage.MAX_BODY_CHARS + " characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        return new ArticleDraft(url, source, title, byline, published, body);
    }

    private static String shortField(String name, String value, int max, List<FieldError> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldError(name, "longer than " + max + " characters"));
            return null;
        }
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            problems.add(new FieldError(name, "contains control characters"));
            return null;
        }
        return v;
    }
}
