package io.newslens.page;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines: {@code By Jane Doe}, {@code By: Tomorrow's Affairs Staff}, {@code by Reuters 29 Jul 2017},
 * {@code By Jane Doe and John Roe | March 20, 2023}, {@code Written by …}, {@code Author: …}.
 * Package-private helper of {@link RawTextParser}.
 */
final class Bylines {

    private Bylines() {
    }

    /**
     * A recognised byline.
     *
     * @param name     the author part without the "By" prefix, date or separators
     * @param date     the publication date stated in the line, or null
     * @param bodyFrom offset in the line where story text continues after the byline and its date, or -1 when the whole
     *                 line is the byline
     */
    record Byline(String name, LocalDate date, int bodyFrom) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:(?:by|written by|words by|story by|text by|posted by|reported by|reporting by)(?:\\s*:\\s*|\\s+)"
                    + "|(?:author|authors|byline)\\s*:\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2022\u00B7\u2013\u2014-]\\s+|\\s*[|\u2022\u00B7]\\s*");
    private static final Pattern TRAILING_LABELS = Pattern.compile(
            "(?:[\\s,;:|\u2022\u00B7\u2013\u2014-]+|\\b(?:published|posted|updated|last updated|modified|on|at|date|dated)\\b)+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_LABEL = Pattern.compile("\\b(?:updated|modified|edited)\\b[\\s:,-]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_TIME = Pattern.compile("^" + Dates.TIME + "[\\s,;:|\u2022\u00B7\u2013\u2014-]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_META = Pattern.compile(
            "(?:\\d+\\s*min(?:ute)?s?\\s*read|(?:last\\s+)?(?:updated|modified).{0,60}|\\d+\\s*comments?)",
            Pattern.CASE_INSENSITIVE);

    /** The byline in {@code line}, or null when the line is not a byline (for example "By the time he arrived, …"). */
    static Byline parse(String line) {
        Matcher m = PREFIX.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        int restStart = m.end();
        String rest = line.substring(restStart);
        Dates.Found d = Dates.find(rest);
        String namePart;
        LocalDate date = null;
        int bodyFrom = -1;
        if (d != null) {
            namePart = rest.substring(0, d.start());
            if (!UPDATE_LABEL.matcher(namePart).find()) {
                date = d.date();
            }
            String after = rest.substring(d.end());
            Matcher t = LEADING_TIME.matcher(after);
            int skip = t.lookingAt() ? t.end() : 0;
            String tail = after.substring(skip).strip();
            if (!tail.isEmpty() && !SHORT_META.matcher(tail).matches()) {
                if (TextSignals.wordCount(tail) < 3) {
                    return null; // "By Jane Doe 20 March 2023 Moscow": unclear, leave the line to the story
                }
                int off = restStart + d.end() + skip;
                while (off < line.length() && TextSignals.isSpace(line.charAt(off))) {
                    off++;
                }
                bodyFrom = off;
            }
            namePart = TRAILING_LABELS.matcher(namePart).replaceAll("");
            String[] segs = SEPARATOR.split(namePart.strip(), 2);
            namePart = segs.length == 0 ? "" : segs[0];
        } else {
            String[] segs = SEPARATOR.split(rest.strip(), 2);
            namePart = segs.length == 0 ? "" : segs[0];
            if (segs.length > 1 && !SHORT_META.matcher(segs[1].strip()).matches() && !TextSignals.looksLikeName(segs[1])) {
                return null;
            }
        }
        namePart = namePart.strip().replaceAll("[\\s,;:]+$", "");
        if (!TextSignals.looksLikeName(namePart)) {
            return null;
        }
        return new Byline(namePart, date, bodyFrom);
    }
}
