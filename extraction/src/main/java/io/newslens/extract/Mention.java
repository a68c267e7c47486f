package io.newslens.extract;

/** One occurrence of an entity: {@code text} is {@code section[start, end)}. */
public record Mention(Section section, int start, int end, String text) {
}
