package io.newslens.query.search;

/** How search hits are ordered: by text relevance (needs q) or newest first. */
public enum SortOrder {
    RELEVANCE, DATE
}
