package io.newslens.query.caching;

import io.newslens.query.api.Params.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every day of a range is covered exactly once, by a whole month or a day range, and no day outside it. */
class VersionSplitTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 11, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 4, 30);

    @Test
    void coversEachDayOfTheRangeOnceByDefinition() {
        List<LocalDate> ends = new ArrayList<>();
        ends.add(null);
        for (LocalDate d = FIRST.plusDays(20); d.isBefore(LAST.minusDays(20)); d = d.plusDays(1)) {
            ends.add(d);
        }
        int cases = 0;
        for (LocalDate from : ends) {
            for (LocalDate to : ends) {
                if (from != null && to != null && to.isBefore(from)) {
                    continue;
                }
                DateRange range = new DateRange(from, to);
                VersionSplit split = VersionSplit.of(range);
                for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                    boolean inRange = (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
                    assertEquals(inRange ? 1 : 0, covers(split, d), () -> range + " on " + split);
                }
                assertTrue(split.days().size() <= 2);
                for (DateRange days : split.days()) {
                    assertTrue(days.from() != null && days.to() != null && !days.to().isBefore(days.from()), split::toString);
                }
                cases++;
            }
        }
        assertTrue(cases > 10_000);
    }

    @Test
    void wholeMonthsComeFromTheMonthlyCounters() {
        assertEquals(new VersionSplit(true, null, null, List.of()), VersionSplit.of(new DateRange(null, null)));
        assertEquals(new VersionSplit(true, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), List.of()),
                VersionSplit.of(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))));
        assertEquals(new VersionSplit(true, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
                        List.of(new DateRange(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 31)),
                                new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3)))),
                VersionSplit.of(new DateRange(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 3, 3))));
        assertEquals(new VersionSplit(false, null, null, List.of(new DateRange(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 3)))),
                VersionSplit.of(new DateRange(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 3))));
    }

    private static int covers(VersionSplit split, LocalDate d) {
        int n = 0;
        if (split.hasMonths() && (split.fromMonth() == null || !d.isBefore(split.fromMonth()))
                && (split.toMonth() == null || d.isBefore(split.toMonth()))) {
            n++;
        }
        for (DateRange days : split.days()) {
            if (!d.isBefore(days.from()) && !d.isAfter(days.to())) {
                n++;
            }
        }
        return n;
    }
}
