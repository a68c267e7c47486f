package io.newslens.extract;

/**
 * A quotation span and, once attributed, its speaker. {@code open}/{@code close} are the marks' offsets, -1 when
 * absent; {@code start}/{@code end} bound the quoted text; a block quotation has no marks.
 */
final class QuoteSpan {
    final int open;
    final int close;
    final int start;
    final int end;
    final boolean block;
    final int paragraph;
    Integer speaker;
    String cue;
    double confidence;

    QuoteSpan(int open, int close, int start, int end, boolean block, int paragraph) {
        this.open = open;
        this.close = close;
        this.start = start;
        this.end = end;
        this.block = block;
        this.paragraph = paragraph;
    }
}
