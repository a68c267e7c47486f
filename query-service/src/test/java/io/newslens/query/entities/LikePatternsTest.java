package io.newslens.query.entities;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeAreTakenLiterally() {
        assertEquals("a\\%b\\_c\\\\", LikePatterns.literal("a%b_c\\"));
    }
}
