package io.newslens.query.stats;

import io.newslens.query.api.Params.DateRange;

import io.newslens.query.api.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A date range cut into calendar months read from a monthly rollup and days read from the base table. A month the
 * range covers only in part is read from the base table by the days it covers when they are at most half the month,
 * else from the rollup with the days outside the range subtracted: the base table is read for at most half a month
 * at either end (a range within one month: at most half a month in all).
 *
 * @param hasMonths false when no month is read from the rollup (fromMonth and toMonth are null then)
 * @param fromMonth first month read from the rollup (its first day), null when the range has no start
 * @param toMonth   first month after those read from the rollup, null when the range has no end
 * @param edges     days read from the base table, each added or subtracted
 */
public record MonthSplit(boolean hasMonths, LocalDate fromMonth, LocalDate toMonth, List<Edge> edges) {

    /** Days of the base table counted with {@code sign} +1 (in the range, not in the rollup's months) or -1 (the reverse). */
    public record Edge(DateRange days, int sign) {
    }

    public static MonthSplit of(DateRange range) {
        LocalDate from = range.from();
        LocalDate to = range.to();
        List<Edge> edges = new ArrayList<>();
        if (from != null && to != null && from.withDayOfMonth(1).equals(to.withDayOfMonth(1))) {
            LocalDate month = from.withDayOfMonth(1);
            LocalDate last = month.plusMonths(1).minusDays(1);
            int inside = to.getDayOfMonth() - from.getDayOfMonth() + 1;
            if (inside <= month.lengthOfMonth() - inside) {
                return new MonthSplit(false, null, null, List.of(new Edge(range, 1)));
            }
            if (from.isAfter(month)) {
                edges.add(new Edge(new DateRange(month, from.minusDays(1)), -1));
            }
            if (to.isBefore(last)) {
                edges.add(new Edge(new DateRange(to.plusDays(1), last), -1));
            }
            return new MonthSplit(true, month, month.plusMonths(1), edges);
        }
        LocalDate fromMonth = null;
        if (from != null) {
            LocalDate month = from.withDayOfMonth(1);
            int outside = from.getDayOfMonth() - 1;
            if (outside == 0) {
                fromMonth = month;
            } else if (outside < month.lengthOfMonth() - outside) {
                fromMonth = month;
                edges.add(new Edge(new DateRange(month, from.minusDays(1)), -1));
            } else {
                fromMonth = month.plusMonths(1);
                edges.add(new Edge(new DateRange(from, fromMonth.minusDays(1)), 1));
            }
        }
        LocalDate toMonth = null;
        if (to != null) {
            LocalDate month = to.withDayOfMonth(1);
            int inside = to.getDayOfMonth();
            if (inside == month.lengthOfMonth()) {
                toMonth = month.plusMonths(1);
            } else if (inside > month.lengthOfMonth() - inside) {
                toMonth = month.plusMonths(1);
                edges.add(new Edge(new DateRange(to.plusDays(1), toMonth.minusDays(1)), -1));
            } else {
                toMonth = month;
                edges.add(new Edge(new DateRange(month, to), 1));
            }
        }
        if (fromMonth != null && toMonth != null && !fromMonth.isBefore(toMonth)) {
            // the two ends lie in adjacent months, each read from the base table by its own days
            return new MonthSplit(false, null, null, edges);
        }
        return new MonthSplit(true, fromMonth, toMonth, edges);
    }

    /** Exactly one month from the rollup ({@code fromMonth}) and nothing from the base table. */
    public boolean isOneMonth() {
        return hasMonths && edges.isEmpty() && fromMonth != null && toMonth != null && fromMonth.plusMonths(1).equals(toMonth);
    }

    /**
     * The rollup's rows for the months (its column {@code month}), UNION ALL the base table's rows for each edge (its
     * date column {@code dateColumn}), selected by {@code baseSelect} given the edge's sign (the caller multiplies its
     * counts by it); {@code filter} adds the same conditions to every part. Sums over the union are exact; a key that
     * only the subtracted days hold sums to 0.
     */
    public Sql union(String rollupSelect, IntFunction<String> baseSelect, String dateColumn, Consumer<Sql> filter) {
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
        for (Edge edge : edges) {
            sql.add(union + baseSelect.apply(edge.sign()));
            edge.days().on(sql, dateColumn);
            filter.accept(sql);
            union = " UNION ALL ";
        }
        return sql;
    }
}
