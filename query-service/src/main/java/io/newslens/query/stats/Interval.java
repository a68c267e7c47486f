package io.newslens.query.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Timeline bucket widths; weeks start on Monday (ISO), as PostgreSQL's date_trunc('week'). */
public enum Interval {
    DAY, WEEK, MONTH;

    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate bucket) {
        return switch (this) {
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
        };
    }

    public String sqlName() {
        return name().toLowerCase();
    }
}
