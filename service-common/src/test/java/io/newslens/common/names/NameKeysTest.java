package io.newslens.common.names;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameKeysTest {

    @Test
    void foldsCaseMarksDotsPossessivesAndALeadingThe() {
        assertEquals("kremlin", NameKeys.key("The Kremlin"));
        assertEquals("jose marti", NameKeys.key("  José   Martí "));
        assertEquals("us", NameKeys.key("the U.S."));
        assertEquals("us", NameKeys.key("US"));
        assertEquals("putin", NameKeys.key("Putin's"));
        assertEquals("putin", NameKeys.key("Putin\u2019s"));
    }

    @Test
    void punctuationInsideANameIsASpaceSoTheNameMeetsItsOwnSpelling() {
        assertEquals("o driscoll", NameKeys.key("O'Driscoll"));
        assertEquals("o driscoll", NameKeys.key("O\u2019Driscoll"));
        assertEquals("brian o driscoll", NameKeys.key("Brian O'Driscoll"));
        assertEquals("johnson johnson", NameKeys.key("Johnson & Johnson"));
        assertEquals("jean-luc picard", NameKeys.key("Jean-Luc Picard"));
        assertEquals("jean-luc picard", NameKeys.key("Jean\u2013Luc Picard"));
    }

    @Test
    void nothingFoldsToEmpty() {
        assertEquals("", NameKeys.key(null));
        assertEquals("", NameKeys.key(" '&' "));
    }
}
