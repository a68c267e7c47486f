package io.newslens.query.search;

/**
 * The two tiers of relevance order: first the matches whose title or lead (the first 400 characters) match, by
 * score; then the matches found only further down the body, newest first (they would all score 0 on the lead).
 */
public enum Tier {
    LEAD(1), BODY(2);

    /** As a cursor carries it. */
    final int number;

    Tier(int number) {
        this.number = number;
    }

    /** The tier a cursor names; IllegalArgumentException for any other number. */
    static Tier of(int number) {
        for (Tier t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tier " + number);
    }
}
