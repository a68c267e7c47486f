package io.newslens.extract;

/** A mention found in the text, before mentions become entities. {@code from}/{@code to} are token indices in its section's token list. */
final class Found {
    final Section section;
    final int from;
    final int to;
    final int begin;
    final int end;
    final String text;
    final EntityType label;
    String titled;
    /** The type a descriptor next to this mention gives it ("distributor Jet Star"), or null. */
    EntityType cue;
    int group = -1;
    /** The words around the mention in its section (null at an edge), as typing by context reads them. */
    String before;
    String before2;
    String after;

    Found(Section section, int from, int to, int begin, int end, String text, EntityType label) {
        this.section = section;
        this.from = from;
        this.to = to;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.label = label;
    }
}
