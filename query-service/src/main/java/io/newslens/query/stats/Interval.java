package io.newslens.query.stats;

import io.newslens.query.api.BadParameterException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Timeline bucket widths; weeks start on Monday (ISO), as PostgreSQL's date_trunc('week'). */
public enum Interval {
    DAY, WEEK, MONTH;

    public static final int MAX_BUCKETS = 1000;

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

    /** The first days of every bucket from the one holding {@code from} to the one holding {@code to}. */
    public List<LocalDate> buckets(LocalDate from, LocalDate to) {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = start(from); !b.isAfter(to); b = next(b)) {
            if (buckets.size() == MAX_BUCKETS) {
                throw new BadParameterException("interval", "more than " + MAX_BUCKETS + " buckets from " + from + " to " + to
                        + "; use a wider interval or a shorter range");
            }
            buckets.add(b);
        }
        return buckets;
    }

    public String sqlName() {
        return name().toLowerCase();
    }
}
