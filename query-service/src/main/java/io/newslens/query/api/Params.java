package io.newslens.query.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of query parameters whose mistakes must come back as a 400 naming the parameter. */
public final class Params {

    /** Longest accepted free-text query ({@code q}); longer ones are a client mistake, not a slow query. */
    public static final int MAX_Q = 500;
    public static final String MAX_Q_MESSAGE = "must be at most 500 characters";
    public static final String LIMIT_MESSAGE = "must be at most 100";
    public static final String LIMIT_MIN_MESSAGE = "must be at least 1";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private Params() {
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.trim(), DATE);
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                throw new BadParameterException(field, "must be between 1800-01-01 and 2200-12-31");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadParameterException(field, "not a date in the form YYYY-MM-DD");
        }
    }

    /** Both ends inclusive and optional; {@code to} before {@code from} is a mistake. */
    public static DateRange range(String from, String to) {
        DateRange r = new DateRange(date("from", from), date("to", to));
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            throw new BadParameterException("to", "must not be before from");
        }
        return r;
    }

    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** Blank counts as absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public record DateRange(LocalDate from, LocalDate to) {

        /** Neither end given: all time. */
        public boolean isAllTime() {
            return from == null && to == null;
        }

        /** Appends the range as conditions on the given date column. */
        public Sql on(Sql sql, String column) {
            if (from != null) {
                sql.and(column + " >= ?", from);
            }
            if (to != null) {
                sql.and(column + " <= ?", to);
            }
            return sql;
        }
    }
}
