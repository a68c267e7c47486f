package io.newslens.extract;

/**
 * A quotation in the article body.
 *
 * @param start        offset in the body of the quote's first character (inside the marks)
 * @param end          offset in the body just after its last character (inside the marks)
 * @param text         {@code body[start, end)}
 * @param speakerIndex index of the speaker in {@link ArticleAnalysis#entities()}, or null when nobody is named
 * @param cue          the attribution cue ("said", "wrote", "according to", ...), or null
 * @param confidence   0..1, how sure the engine is of quote and speaker together
 * @param block        true for a block quote without marks (text = the whole block)
 */
public record ExtractedQuote(int start, int end, String text, Integer speakerIndex, String cue, double confidence,
                             boolean block) {
}
