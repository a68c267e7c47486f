package io.newslens.query.stats;

import io.newslens.query.api.Params.DateRange;

import io.newslens.query.api.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A date range cut into the whole calendar months it covers (read from a monthly rollup) and the days
 * left over at either end (read from the base table). {@code months} is empty when no whole month fits.
 *
 * @param fromMonth first whole month (its first day), null when the range has no start
 * @param toMonth   first month after the whole months, null when the range has no end
 */
public record MonthSplit(boolean hasMonths, LocalDate fromMonth, LocalDate toMonth, List<DateRange> edges) {

    public static MonthSplit of(DateRange range) {
        LocalDate from = range.from();
        LocalDate to = range.to();
        LocalDate fromMonth = from == null ? null : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate toMonth = to == null ? null
                : to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        if (fromMonth != null && toMonth != null && !fromMonth.isBefore(toMonth)) {
            return new MonthSplit(false, null, null, List.of(range));
        }
        List<DateRange> edges = new ArrayList<>();
        if (from != null && !from.equals(fromMonth)) {
            edges.add(new DateRange(from, fromMonth.minusDays(1)));
        }
        if (to != null && !to.plusDays(1).equals(toMonth)) {
            edges.add(new DateRange(toMonth, to));
        }
        return new MonthSplit(true, fromMonth, toMonth, edges);
    }

    /**
     * The rollup's rows for the whole months (its column {@code month}), UNION ALL the base table's rows for
     * each edge (its date column {@code dateColumn}); {@code filter} adds the same conditions to every part.
     */
    public Sql union(String rollupSelect, String baseSelect, String dateColumn, Consumer<Sql> filter) {
        Sql sql = new Sql("");
        String union = "";
        if (hasMonths) {
            sql.add(rollupSelect);
            if (fromMonth != null) {
                sql.and("month >= ?", fromMonth);
            }
            if (toMonth != null) {
                sql.and("month < ?", toMonth);
            }
            filter.accept(sql);
            union = " UNION ALL ";
        }
        for (DateRange edge : edges) {
            sql.add(union + baseSelect);
            edge.on(sql, dateColumn);
            filter.accept(sql);
            union = " UNION ALL ";
        }
        return sql;
    }
}
