package io.newslens.query.caching;

import io.newslens.query.api.Params.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range as the data versions cover it: the calendar months it holds whole, from source_month_version, and the
 * days of the months it holds in part, from source_day_version. Each day of the range is covered exactly once and
 * no day outside it: unlike {@link io.newslens.query.stats.MonthSplit}, nothing is subtracted, since a counter that
 * grows on both sides of a subtraction may leave the difference unchanged.
 *
 * @param hasMonths false when no month is read (fromMonth and toMonth are null then)
 * @param fromMonth first whole month (its first day), null when the range has no start
 * @param toMonth   first month after the whole ones, null when the range has no end
 * @param days      ranges of days read one by one, at most two, none open-ended
 */
public record VersionSplit(boolean hasMonths, LocalDate fromMonth, LocalDate toMonth, List<DateRange> days) {

    public static VersionSplit of(DateRange range) {
        LocalDate from = range.from();
        LocalDate to = range.to();
        LocalDate fromMonth = from == null ? null
                : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate toMonth = to == null ? null
                : to.getDayOfMonth() == to.lengthOfMonth() ? to.withDayOfMonth(1).plusMonths(1) : to.withDayOfMonth(1);
        if (fromMonth != null && toMonth != null && !fromMonth.isBefore(toMonth)) {
            return new VersionSplit(false, null, null, List.of(range));
        }
        List<DateRange> days = new ArrayList<>(2);
        if (from != null && !from.equals(fromMonth)) {
            days.add(new DateRange(from, fromMonth.minusDays(1)));
        }
        if (to != null && !to.equals(toMonth.minusDays(1))) {
            days.add(new DateRange(toMonth, to));
        }
        return new VersionSplit(true, fromMonth, toMonth, List.copyOf(days));
    }
}
