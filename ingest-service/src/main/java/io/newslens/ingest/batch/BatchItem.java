package io.newslens.ingest.batch;

import io.newslens.ingest.parse.ArticleDraft;
import io.newslens.ingest.parse.InvalidArticleException;

import java.util.function.Supplier;

/** One article of a batch, not parsed yet: where it came from, and how to read it (may throw {@link InvalidArticleException}). */
public record BatchItem(String file, Integer line, Supplier<ArticleDraft> reader) {
}
