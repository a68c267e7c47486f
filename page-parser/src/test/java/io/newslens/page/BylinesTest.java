package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By: Tomorrow's Affairs Staff;Tomorrow's Affairs Staff",
        "By Jane Doe;Jane Doe",
        "BY JANE DOE;JANE DOE",
        "by Jane Doe and John Roe;Jane Doe and John Roe",
        "Written by Jane Doe;Jane Doe",
        "Author: Jane Doe;Jane Doe",
        "By Jane Doe | BBC News;Jane Doe",
        "By Jane Doe - 5 min read;Jane Doe",
    })
    void namesWithoutDates(String line, String name) {
        Bylines.Byline b = Bylines.parse(line);
        assertNotNull(b, line);
        assertEquals(name, b.name());
        assertNull(b.date());
        assertEquals(-1, b.bodyFrom());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "by Reuters 29 Jul 2017;Reuters;2017-07-29",
        "By Jane Doe, March 20, 2023;Jane Doe;2023-03-20",
        "By Jane Doe | Published 20 March 2023, 10:21 GMT;Jane Doe;2023-03-20",
        "By Jane Doe on 2023-03-20;Jane Doe;2023-03-20",
    })
    void namesWithDates(String line, String name, String date) {
        Bylines.Byline b = Bylines.parse(line);
        assertNotNull(b, line);
        assertEquals(name, b.name());
        assertEquals(LocalDate.parse(date), b.date());
        assertEquals(-1, b.bodyFrom());
    }

    @Test
    void updatedDateIsNotPublication() {
        Bylines.Byline b = Bylines.parse("By Jane Doe | Updated 21 March 2023");
        assertNotNull(b);
        assertEquals("Jane Doe", b.name());
        assertNull(b.date());
    }

    @Test
    void storyAfterTheDateOnTheSameLine() {
        String line = "by Agency 29 Jul 2017 BEIJING - Chinese officials said on Friday that talks would go ahead.";
        Bylines.Byline b = Bylines.parse(line);
        assertNotNull(b);
        assertEquals("Agency", b.name());
        assertEquals(LocalDate.of(2017, 7, 29), b.date());
        assertEquals(line.indexOf("BEIJING"), b.bodyFrom());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the time he arrived, the talks had ended.", "By then, Xi had left Moscow.",
        "By Putin's logic, the war is defensive.", "Bypass roads were closed", "Xi Jinping", "By",
        "By 2030 China wants to lead", "Analysis box by Steve Rosenberg, Russia Editor"})
    void notBylines(String line) {
        assertNull(Bylines.parse(line), line);
    }
}
