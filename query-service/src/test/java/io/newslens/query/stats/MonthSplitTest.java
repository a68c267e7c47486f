package io.newslens.query.stats;

import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import io.newslens.query.stats.MonthSplit.Edge;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthSplitTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DateRange r(String from, String to) {
        return new DateRange(from == null ? null : d(from), to == null ? null : d(to));
    }

    private static Edge plus(String from, String to) {
        return new Edge(r(from, to), 1);
    }

    private static Edge minus(String from, String to) {
        return new Edge(r(from, to), -1);
    }

    @Test
    void wholeMonthsNeedNoEdges() {
        assertEquals(new MonthSplit(true, d("2025-01-01"), d("2025-04-01"), List.of()), MonthSplit.of(r("2025-01-01", "2025-03-31")));
        assertEquals(new MonthSplit(true, d("2024-02-01"), d("2024-03-01"), List.of()), MonthSplit.of(r("2024-02-01", "2024-02-29")));
        assertEquals(new MonthSplit(true, null, null, List.of()), MonthSplit.of(r(null, null)));
    }

    @Test
    void oneWholeMonth() {
        assertTrue(MonthSplit.of(r("2025-02-01", "2025-02-28")).isOneMonth());
        assertFalse(MonthSplit.of(r("2025-02-01", "2025-03-31")).isOneMonth());
        assertFalse(MonthSplit.of(r("2025-02-02", "2025-02-28")).isOneMonth(), "February less the 1st");
        assertFalse(MonthSplit.of(r("2025-02-01", null)).isOneMonth());
        assertFalse(MonthSplit.of(r(null, null)).isOneMonth());
    }

    @Test
    void aShortEdgeIsReadFromTheBaseTable() {
        // January 1-10 (10 of 31 days) and March 1-5: added from the base table
        assertEquals(new MonthSplit(true, d("2025-02-01"), d("2025-03-01"),
                        List.of(plus("2025-01-22", "2025-01-31"), plus("2025-03-01", "2025-03-05"))),
                MonthSplit.of(r("2025-01-22", "2025-03-05")));
        assertEquals(new MonthSplit(true, d("2025-02-01"), null, List.of(plus("2025-01-17", "2025-01-31"))),
                MonthSplit.of(r("2025-01-17", null)), "15 of 31 days");
    }

    @Test
    void aLongEdgeIsTheWholeMonthLessTheDaysOutside() {
        // January 3-31 = January less 1-2; March 1-30 = March less the 31st
        assertEquals(new MonthSplit(true, d("2025-01-01"), d("2025-04-01"),
                        List.of(minus("2025-01-01", "2025-01-02"), minus("2025-03-31", "2025-03-31"))),
                MonthSplit.of(r("2025-01-03", "2025-03-30")));
        assertEquals(new MonthSplit(true, d("2025-01-01"), null, List.of(minus("2025-01-01", "2025-01-15"))),
                MonthSplit.of(r("2025-01-16", null)), "16 of 31 days");
        assertEquals(new MonthSplit(true, null, d("2025-03-01"), List.of(minus("2025-02-16", "2025-02-28"))),
                MonthSplit.of(r(null, "2025-02-15")), "15 of 28 days");
        assertEquals(new MonthSplit(true, null, d("2025-02-01"), List.of(plus("2025-02-01", "2025-02-14"))),
                MonthSplit.of(r(null, "2025-02-14")), "14 of 28 days: half, from the base table");
    }

    @Test
    void withinOneMonth() {
        assertEquals(new MonthSplit(false, null, null, List.of(plus("2025-03-10", "2025-03-20"))),
                MonthSplit.of(r("2025-03-10", "2025-03-20")));
        assertEquals(new MonthSplit(true, d("2025-03-01"), d("2025-04-01"),
                        List.of(minus("2025-03-01", "2025-03-04"), minus("2025-03-28", "2025-03-31"))),
                MonthSplit.of(r("2025-03-05", "2025-03-27")));
        assertEquals(new MonthSplit(true, d("2025-03-01"), d("2025-04-01"), List.of(minus("2025-03-31", "2025-03-31"))),
                MonthSplit.of(r("2025-03-01", "2025-03-30")));
        assertEquals(new MonthSplit(false, null, null, List.of(plus("2025-03-31", "2025-03-31"))),
                MonthSplit.of(r("2025-03-31", "2025-03-31")));
    }

    @Test
    void adjacentMonthsWithShortEdgesReadNoMonth() {
        assertEquals(new MonthSplit(false, null, null, List.of(plus("2025-01-25", "2025-01-31"), plus("2025-02-01", "2025-02-03"))),
                MonthSplit.of(r("2025-01-25", "2025-02-03")));
        assertEquals(new MonthSplit(true, d("2025-02-01"), d("2025-03-01"),
                        List.of(plus("2025-01-25", "2025-01-31"), minus("2025-02-28", "2025-02-28"))),
                MonthSplit.of(r("2025-01-25", "2025-02-27")));
    }

    /** Every day of the range counted once, every other day not at all; at most half a month from the base table per end. */
    @Test
    void countsEachDayOfTheRangeExactlyOnce() {
        Random random = new Random(7);
        LocalDate lo = d("2023-01-01");
        LocalDate hi = d("2026-06-01");
        int days = (int) ChronoUnit.DAYS.between(lo, hi);
        LocalDate base = d("2023-11-01");
        for (int i = 0; i < 3000; i++) {
            LocalDate from = random.nextInt(8) == 0 ? null : base.plusDays(random.nextInt(500));
            LocalDate to = random.nextInt(8) == 0 ? null
                    : (from == null ? base : from).plusDays(random.nextInt(random.nextBoolean() ? 40 : 400));
            DateRange range = new DateRange(from, to);
            MonthSplit split = MonthSplit.of(range);
            int[] count = new int[days];
            if (split.hasMonths()) {
                LocalDate m = split.fromMonth() == null ? lo : split.fromMonth();
                LocalDate end = split.toMonth() == null ? hi : split.toMonth();
                assertTrue(m.getDayOfMonth() == 1 && end.getDayOfMonth() == 1 && m.isBefore(end), range + " " + split);
                add(count, lo, m, end.minusDays(1), 1);
            } else {
                assertTrue(split.fromMonth() == null && split.toMonth() == null, split.toString());
            }
            long baseDays = 0;
            for (Edge e : split.edges()) {
                assertTrue(e.sign() == 1 || e.sign() == -1);
                assertFalse(e.days().to().isBefore(e.days().from()), split.toString());
                assertEquals(e.days().from().withDayOfMonth(1), e.days().to().withDayOfMonth(1), "an edge within one month");
                long n = ChronoUnit.DAYS.between(e.days().from(), e.days().to()) + 1;
                assertTrue(n <= e.days().from().lengthOfMonth() / 2, range + ": " + e + " is more than half a month");
                baseDays += n;
                add(count, lo, e.days().from(), e.days().to(), e.sign());
            }
            assertTrue(split.edges().size() <= 2 && baseDays <= 31, split.toString());
            for (int x = 0; x < days; x++) {
                LocalDate day = lo.plusDays(x);
                boolean inRange = (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                if (count[x] != (inRange ? 1 : 0)) {
                    assertEquals(inRange ? 1 : 0, count[x], range + " " + split + " counts " + day);
                }
            }
        }
    }

    private static void add(int[] count, LocalDate lo, LocalDate from, LocalDate to, int sign) {
        for (long x = ChronoUnit.DAYS.between(lo, from); x <= ChronoUnit.DAYS.between(lo, to); x++) {
            count[(int) x] += sign;
        }
    }

    @Test
    void unionSubtractsWithTheEdgesSign() {
        Sql sql = MonthSplit.of(r("2025-01-03", "2025-01-31")).union("SELECT k, n FROM rollup WHERE true",
                sign -> "SELECT k, " + sign + " AS n FROM base WHERE true", "dated", s -> s.and("src = ?", "x"));
        assertEquals("SELECT k, n FROM rollup WHERE true AND month >= ? AND month < ? AND src = ?"
                + " UNION ALL SELECT k, -1 AS n FROM base WHERE true AND dated >= ? AND dated <= ? AND src = ?", sql.text());
        assertEquals(List.of(d("2025-01-01"), d("2025-02-01"), "x", d("2025-01-01"), d("2025-01-02"), "x"), sql.params());
    }
}
