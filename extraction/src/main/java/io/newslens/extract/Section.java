package io.newslens.extract;

/** Which field of the article an offset points into. */
public enum Section {
    TITLE, BYLINE, BODY
}
