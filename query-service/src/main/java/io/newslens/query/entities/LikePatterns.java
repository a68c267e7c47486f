package io.newslens.query.entities;

/** LIKE patterns from user text. */
final class LikePatterns {

    private LikePatterns() {
    }

    /**
     * Escapes LIKE wildcards so the text matches literally (with PostgreSQL's default ESCAPE '\'). A folded name
     * holds none of them today (NameKeys turns punctuation into spaces); this keeps a prefix literal if that changes.
     */
    static String literal(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
