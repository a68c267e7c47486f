package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-03-20|2023-03-20",
        "2023-03-20T10:15:00Z|2023-03-20",
        "2023-03-20T23:30:00-05:00|2023-03-20",
        "2023-03-20 10:15|2023-03-20",
        "20 March 2023|2023-03-20",
        "29 Jul 2017|2017-07-29",
        "1st Sept 2021|2021-09-01",
        "20th of March, 2023|2023-03-20",
        "March 20, 2023|2023-03-20",
        "Mar. 20 2023|2023-03-20",
        "Monday, 20 March 2023|2023-03-20",
        "Tue 4 Feb 2020|2020-02-04",
        "2023/03/20|2023-03-20",
        "20.03.2023|2023-03-20",
        "20 MARCH 2023|2023-03-20",
    })
    void parsesEveryPrintedForm(String printed, String iso) {
        assertEquals(LocalDate.parse(iso), Dates.parseValue(printed));
        assertEquals(LocalDate.parse(iso), Dates.dateOnly(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 20", "20 March", "2023", "31 February 2023", "2023-13-01", "1 May 1066",
        "on 20/03/2023", "Xi met Putin", "20-03-2023x"})
    void rejectsDatesWithoutYearImpossibleDatesOrNoise(String s) {
        assertNull(Dates.dateOnly(s));
    }

    @Test
    void findReportsTheRangeOfTheFirstDate() {
        String s = "by Reuters 29 Jul 2017 and then 1 Aug 2017";
        Dates.Found f = Dates.find(s);
        assertNotNull(f);
        assertEquals(LocalDate.of(2017, 7, 29), f.date());
        assertEquals("29 Jul 2017", s.substring(f.start(), f.end()));
    }

    @Test
    void findSkipsNumbersThatAreNotDates() {
        assertNull(Dates.find("More than 3,000 businesses and 40 firms in 2005"));
        assertNull(Dates.find("version1 2023-03-20x"));
    }

    @Test
    void dateOnlyAcceptsTimeAndZone() {
        assertEquals(LocalDate.of(2023, 3, 20), Dates.dateOnly("20 March 2023, 10:21 GMT"));
        assertEquals(LocalDate.of(2023, 3, 20), Dates.dateOnly("March 20, 2023 at 3.15pm"));
        assertEquals(LocalDate.of(2023, 3, 20), Dates.dateOnly("(20 March 2023)"));
        assertNull(Dates.dateOnly("20 March 2023 was a Monday"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' date 2023-03-20 It is the 40th time'|16",
        "Date: 2023-03-20|16",
        "Published: 20 March 2023|24",
        "published on March 20, 2023 at 10:15 rest|36",
        "Posted 20 Mar 2023 - rest|18",
        "First published on Mon 20 Mar 2023 10.21 GMT|44",
    })
    void labelledDateAtLineStart(String line, int end) {
        Dates.Found f = Dates.labelled(line);
        assertNotNull(f, line);
        assertEquals(end, f.end(), () -> "[" + line.substring(0, f.end()) + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated: 20 March 2023", "The date 2023-03-20 was", "dated", "Published: yesterday",
        "He published 20 March 2023"})
    void notALabelledPublicationDate(String line) {
        assertNull(Dates.labelled(line));
    }
}
