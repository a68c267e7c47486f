package io.newslens.extract;

/**
 * One token of a text.
 *
 * @param word      the token as printed
 * @param begin     offset of its first character
 * @param end       offset just after its last character
 * @param ner       the NER label (PERSON, ORGANIZATION, LOCATION, MISC or O)
 * @param sentence  index of its sentence in the text
 * @param paragraph index of its paragraph in the text
 */
record Tok(String word, int begin, int end, String ner, int sentence, int paragraph) {
}
