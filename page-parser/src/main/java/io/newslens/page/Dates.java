package io.newslens.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit calendar dates as printed in page text: ISO dates and datetimes ({@code 2023-03-20},
 * {@code 2023-03-20T10:15:00Z}), day-month-year ({@code 20 March 2023}, {@code 29 Jul 2017}, {@code 20th of March, 2023}),
 * month-day-year ({@code March 20, 2023}, {@code Mar. 20 2023}), {@code 2023/03/20} and {@code 20.03.2023}.
 * A date without a year is never reported. Package-private helper of {@link RawTextParser} and {@link HtmlPageParser}.
 */
final class Dates {

    private Dates() {
    }

    /** A date found in a string: the date and the [start, end) range of its printed form. */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s*";
    private static final String ISO = "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final String DMY = "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})";
    private static final String MDY = MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})";
    private static final String YMD_SLASH = "(\\d{4})/(\\d{1,2})/(\\d{1,2})";
    private static final String DMY_DOT = "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})";

    /** Any one date form; groups: ISO 1-3, DMY 4-6, MDY 7-9, slash 10-12, dot 13-15. */
    static final String DATE = "(?:" + ISO + "|" + DMY + "|" + MDY + "|" + YMD_SLASH + "|" + DMY_DOT + ")";

    /** A clock time and zone that may follow a date: {@code , 10:21 GMT}, {@code at 3.15pm}, {@code 14:00 UTC+1}. */
    static final String TIME = "(?:\\s*[,|·•-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?(?-i:[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)\\)?)?)?";

    private static final Pattern DATE_ANYWHERE = Pattern.compile("(?<![\\w-])(?:" + WEEKDAY + ")?" + DATE + "(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ONLY_LINE = Pattern.compile("^[\\s(\\[]*(?:" + WEEKDAY + ")?" + DATE + TIME + "[\\s)\\].]*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LABELLED = Pattern.compile("^\\s*(?:date|dated|published(?:\\s+(?:on|at))?|posted(?:\\s+(?:on|at))?"
            + "|first\\s+published(?:\\s+on)?|originally\\s+published(?:\\s+on)?|publication\\s+date|pub(?:lished)?\\s+date"
            + "|released(?:\\s+on)?)\\s*[:\\-\u2013\u2014]?\\s*(?:" + WEEKDAY + ")?" + DATE + TIME + "(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** The first explicit date with a year in {@code s}, or null. */
    static Found find(String s) {
        Matcher m = DATE_ANYWHERE.matcher(s);
        while (m.find()) {
            LocalDate d = toDate(m, 0);
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    /** The date when the whole of {@code s} is a date (optionally with weekday, time and zone), else null. */
    static LocalDate dateOnly(String s) {
        Matcher m = DATE_ONLY_LINE.matcher(s);
        return m.matches() ? toDate(m, 0) : null;
    }

    /**
     * A labelled publication date at the very start of {@code s}: {@code date 2023-03-20}, {@code Published: 20 March 2023},
     * {@code Posted on March 20, 2023 at 10:15}. The returned range is that of the whole label and date (start 0).
     */
    static Found labelled(String s) {
        Matcher m = LABELLED.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        LocalDate d = toDate(m, 0);
        return d == null ? null : new Found(d, 0, m.end());
    }

    /** Parses a metadata value such as {@code 2023-03-20T10:15:00+01:00} or {@code 20 March 2023}; null when none. */
    static LocalDate parseValue(String s) {
        if (s == null) {
            return null;
        }
        Found f = find(s.trim());
        return f == null ? null : f.date();
    }

    /** Builds the date from a matcher over {@link #DATE}, whose first group is {@code base + 1}. */
    static LocalDate toDate(Matcher m, int base) {
        LocalDate d = rawDate(m, base);
        return d == null || d.getYear() < 1900 || d.getYear() > 2199 ? null : d;
    }

    private static LocalDate rawDate(Matcher m, int base) {
        try {
            if (m.group(base + 1) != null) {
                return LocalDate.of(num(m, base + 1), num(m, base + 2), num(m, base + 3));
            }
            if (m.group(base + 4) != null) {
                return LocalDate.of(num(m, base + 6), month(m.group(base + 5)), num(m, base + 4));
            }
            if (m.group(base + 7) != null) {
                return LocalDate.of(num(m, base + 9), month(m.group(base + 7)), num(m, base + 8));
            }
            if (m.group(base + 10) != null) {
                return LocalDate.of(num(m, base + 10), num(m, base + 11), num(m, base + 12));
            }
            if (m.group(base + 13) != null) {
                return LocalDate.of(num(m, base + 15), num(m, base + 14), num(m, base + 13));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static int month(String name) {
        Integer v = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new DateTimeException("month " + name);
        }
        return v;
    }
}
