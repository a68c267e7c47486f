package io.newslens.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw page text, as copied from a news page, to a {@link ParsedPage}: headline, stated publication date,
 * byline, clean body. Used by ingestion ({@code text/plain}) and by the offline analysis tool.
 *
 * <p>The text is cut into lines (each non-empty line is a paragraph; line ends are \n, \r\n, a lone \r, U+2028 and
 * U+2029; hard-wrapped text, whose paragraphs are runs of near-full-width lines between blank lines, is read paragraph
 * by paragraph). Then, in order:
 * <ol>
 * <li><b>Head.</b> Up to the first full prose paragraph (two sentences or 25 words): leading site chrome ("Skip to
 * content", "Sign in", breadcrumbs such as "News|Politics") is dropped, and so is a run of menu items or section labels
 * (lines of at most two words) when a headline, byline or date follows it; a labelled date ({@code date 2023-03-20 …},
 * {@code Published: 20 March 2023}) sets {@code published} and is cut off its line; a line that is only a date sets
 * {@code published}; a byline ({@code By: …}, {@code by Agency 29 Jul 2017}) sets {@code byline} (and {@code published}
 * when it holds a date) and is removed, also when it comes before the headline; a short metadata line holding a date
 * and at most a name ({@code Jane Doe | 20 March 2023}) sets {@code published} unless the date is an "Updated" one. The
 * first other line is the headline when it reads like one (at most 25 words, one sentence at most, not a long
 * full-stop sentence, not starting in lower case, followed by more text); otherwise the text has no headline. A
 * dateline with a year opening the first paragraph ({@code MOSCOW, March 20, 2023 (Reuters) —}) also gives the date, and
 * a byline or date line right after a long standfirst is still taken. Dates mentioned anywhere else in the story are
 * never taken as the publication date.</li>
 * <li><b>Repeats.</b> A line identical (up to whitespace) to an earlier line or to the headline is dropped.</li>
 * <li><b>Inline junk.</b> Ad slots and read-more link lines ("Advertisement", "Continue reading the main story",
 * "Read more: …") are dropped wherever they are.</li>
 * <li><b>Trailing boilerplate.</b> The longest tail of lines that starts within two lines of a site-chrome cue
 * ("Leave a Reply", "Subscribe to …", "Share this", "Related", "Comments", "Google Ads 1", "Welcome back!", cookie
 * notices, "Click on the image…") and consists of cues, short non-sentence lines, appeals (donations, paywalls) and at
 * most a third of prose lines, each enclosed by non-prose lines after a cue, is removed; so is a run of four or more
 * short non-sentence lines just before it or at the very end (link lists, tags), unless the story introduces it with a
 * line ending in ":" or its items are numbered or bulleted.</li>
 * </ol>
 * Captions, subheadings, lists and credit lines inside the story are kept. The body joins the kept paragraphs with
 * {@code "\n\n"}; every paragraph is an exact substring of the raw text, recorded in {@link ParsedPage#bodySpans()}
 * (the {@code "\n\n"} separators belong to no span). The headline is not part of the body.
 */
public final class RawTextParser {

    private RawTextParser() {
    }

    /** Parses raw page text; never returns null. An empty or blank text gives an empty page. */
    public static ParsedPage parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses text whose headline is already known (from HTML metadata): no headline is looked for, lines equal to
     * {@code knownTitle} are dropped as repeats, and the returned title is {@code knownTitle}.
     */
    static ParsedPage parse(String raw, String knownTitle) {
        Objects.requireNonNull(raw, "raw");
        List<Unit> units = split(raw);

        String title = knownTitle == null ? null : collapse(knownTitle);
        String byline = null;
        LocalDate published = null;
        List<Unit> body = new ArrayList<>();

        // 1. Head: chrome, dates, bylines, headline.
        int idx = 0;
        boolean headlineDecided = title != null;
        int scanned = 0;
        while (idx < units.size() && scanned < 40 && body.size() < 8) {
            Unit u = units.get(idx);
            scanned++;
            String t = u.text(raw);
            if (body.isEmpty() && (TextSignals.isStrongCue(t) || TextSignals.isInlineJunk(t))) {
                idx++;
                continue;
            }
            Dates.Found labelled = Dates.labelled(t);
            if (labelled != null) {
                if (published == null) {
                    published = labelled.date();
                }
                int cut = skipSeparators(raw, u.start + labelled.end(), u.end);
                if (cut >= u.end || isUpdateClause(raw.substring(cut, u.end))) {
                    idx++;
                    continue;
                }
                u.start = cut;
                t = u.text(raw);
            }
            LocalDate only = Dates.dateOnly(t);
            if (only != null) {
                if (published == null) {
                    published = only;
                }
                idx++;
                continue;
            }
            Bylines.Byline b = Bylines.parse(t);
            if (b != null) {
                if (byline == null) {
                    byline = b.name();
                }
                if (published == null) {
                    published = b.date();
                }
                if (b.bodyFrom() < 0) {
                    idx++;
                    continue;
                }
                u.start += b.bodyFrom();
                t = u.text(raw);
            } else if (isDateMetaLine(t)) {
                if (published == null) {
                    published = metaLineDate(t);
                }
                idx++;
                continue;
            }
            if (!headlineDecided && body.isEmpty() && isTiny(t)) {
                // a run of menu items, section labels and chrome before the headline ("World", "Europe", "News|Politics")
                int j = idx;
                int tiny = 0;
                while (j < units.size()) {
                    String tj = units.get(j).text(raw);
                    if (TextSignals.isStrongCue(tj) || TextSignals.isInlineJunk(tj)) {
                        j++;
                    } else if (isTiny(tj) && !isHeadMeta(tj)) {
                        tiny++;
                        j++;
                    } else {
                        break;
                    }
                }
                if (j < units.size()
                        && (tiny >= 2 || TextSignals.wordCount(t) == 1 || SectionLabels.isSectionLabel(t))) {
                    String next = units.get(j).text(raw);
                    boolean headlineNext = isHeadMeta(next)
                            || TextSignals.looksLikeHeadline(next) && hasStoryAfter(units, j + 1, raw);
                    if (headlineNext || tiny >= 2) {
                        idx = j;
                        headlineDecided = !headlineNext;
                        continue;
                    }
                }
            }
            if (!headlineDecided) {
                headlineDecided = true;
                if (TextSignals.looksLikeHeadline(t) && hasStoryAfter(units, idx + 1, raw)) {
                    title = withoutPipedAffixes(collapse(t));
                    idx++;
                    continue;
                }
            }
            if (body.isEmpty() && published == null) {
                published = datelineDate(t);
            }
            body.add(u);
            idx++;
            if (TextSignals.isLongProse(t)) {
                break;
            }
        }
        // a byline or date line just after a long standfirst or first paragraph
        for (int k = 0; k < 2 && idx < units.size(); k++) {
            String t = units.get(idx).text(raw);
            Bylines.Byline b = Bylines.parse(t);
            if (b != null && b.bodyFrom() < 0) {
                byline = byline == null ? b.name() : byline;
                published = published == null ? b.date() : published;
            } else if (Dates.dateOnly(t) != null) {
                published = published == null ? Dates.dateOnly(t) : published;
            } else if (Dates.labelled(t) != null && Dates.labelled(t).end() == t.length()) {
                published = published == null ? Dates.labelled(t).date() : published;
            } else {
                break;
            }
            idx++;
        }
        for (; idx < units.size(); idx++) {
            body.add(units.get(idx));
        }

        // 2. Repeats and 3. inline junk.
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(title);
        }
        List<Unit> kept = new ArrayList<>();
        for (Unit u : body) {
            String t = u.text(raw);
            if (!seen.add(collapse(t)) || TextSignals.isInlineJunk(t)) {
                continue;
            }
            kept.add(u);
        }

        // 4. Trailing boilerplate.
        kept = kept.subList(0, trailingCut(kept, raw));

        // Body and spans.
        StringBuilder sb = new StringBuilder();
        List<ParsedPage.Span> spans = new ArrayList<>();
        for (Unit u : kept) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            spans.add(new ParsedPage.Span(sb.length(), u.start, u.end - u.start));
            sb.append(raw, u.start, u.end);
        }
        return new ParsedPage(title, published, byline, sb.toString(), List.copyOf(spans));
    }

    // ---------------------------------------------------------------- trailing boilerplate

    private static final int PROSE = 0;
    private static final int SHORT = 1;
    private static final int APPEAL = 2;
    private static final int CUE = 3;

    static int classify(String t) {
        if (TextSignals.isStrongCue(t)) {
            return CUE;
        }
        if (TextSignals.isSoftCue(t)) {
            return APPEAL;
        }
        if (TextSignals.isShortNonSentence(t)) {
            return SHORT;
        }
        return PROSE;
    }

    /**
     * Index of the first line of the trailing boilerplate in {@code units}, or {@code units.size()} when there is none.
     * A tail [i, n) qualifies when line i is not prose, a cue comes within its first three lines, every prose line in it
     * comes after a cue and sits between two non-prose lines, and prose lines are at most a third of the tail.
     */
    static int trailingCut(List<Unit> units, String raw) {
        int n = units.size();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = classify(units.get(i).text(raw));
        }
        int cut = n;
        int firstCue = -1;
        int firstProse = -1;
        int prose = 0;
        for (int i = n - 1; i >= 1 && i >= n - 80; i--) {
            if (cls[i] == PROSE) {
                boolean enclosed = i + 1 < n && cls[i + 1] != PROSE && cls[i - 1] != PROSE;
                if (!enclosed) {
                    break;
                }
                prose++;
                firstProse = i;
                continue;
            }
            if (cls[i] == CUE) {
                firstCue = i;
            }
            if (firstCue < 0 || firstCue - i > 2) {
                continue;
            }
            if (firstProse >= 0 && firstCue > firstProse) {
                continue;
            }
            int nonProse = (n - i) - prose;
            if (prose * 2 > nonProse) {
                continue;
            }
            cut = i;
        }
        // a run of four or more short non-sentence lines before the cut (or at the very end): link lists, tags, menus;
        // not a list the story introduces ("His options:") or whose items are numbered or bulleted
        int k = cut;
        while (k - 1 >= 1 && cls[k - 1] != PROSE && !LIST_MARKER.matcher(units.get(k - 1).text(raw)).lookingAt()
                && !units.get(k - 1).text(raw).endsWith(":")) {
            k--;
        }
        if (cut - k >= 4 && !units.get(k - 1).text(raw).strip().endsWith(":")) {
            cut = k;
        }
        return cut;
    }

    private static final Pattern LIST_MARKER = Pattern.compile("\\s*(?:\\d{1,2}[.)]|[a-z][.)]|[-*\u2022\u2013\u2014\u25CF\u25AA])\\s");

    // ---------------------------------------------------------------- head helpers

    private static final Pattern UPDATED = Pattern.compile("\\b(?:updated|modified|edited)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_RESIDUE = Pattern.compile(
            "(?:\\b(?:published|posted|updated|last updated|modified|on|at|date|dated|am|pm|(?-i:[A-Z]{2,4}))\\b|\\d{1,2}[:.]\\d{2}"
                    + "|[\\s,;:|\u2022\u00B7\u2013\u2014()\\[\\]-])+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{L} .'\u2019-]{1,40},\\s*(?:\\p{L}+,?\\s+)?" + Dates.DATE
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-\u2013\u2014:]");

    /**
     * The headline without what a page's title bar puts around it with "|": a site's name after it ("Council approves
     * bus lanes | Dunmore Herald", up to four words, each capitalised) and a section's label before it ("Politics |
     * Council approves ..."). A headline whose own text has a "|" in other places keeps it.
     */
    static String withoutPipedAffixes(String title) {
        String t = title;
        int last = t.lastIndexOf(" | ");
        if (last > 0 && isPipedName(t.substring(last + 3))) {
            t = t.substring(0, last).trim();
        }
        int first = t.indexOf(" | ");
        if (first > 0) {
            String head = t.substring(0, first);
            if (SectionLabels.isSectionLabel(head) || TextSignals.wordCount(head) == 1) {
                t = t.substring(first + 3).trim();
            }
        }
        return t.isEmpty() ? title : t;
    }

    private static boolean isPipedName(String s) {
        String[] w = s.trim().split("\\s+");
        if (w.length == 0 || w.length > 4) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) && !Character.isDigit(x.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** At most two words and no sentence punctuation: a menu item or section label when it opens the text. */
    static boolean isTiny(String t) {
        return TextSignals.wordCount(t) <= 2 && !TextSignals.endsSentence(t);
    }

    /** A head line that gives a date or byline (and so is removed from the body). */
    static boolean isHeadMeta(String t) {
        return Dates.labelled(t) != null || Dates.dateOnly(t) != null || Bylines.parse(t) != null || isDateMetaLine(t);
    }

    /** The publication date of a date metadata line: the date before any "Updated" clause, else null. */
    static LocalDate metaLineDate(String t) {
        Matcher u = UPDATED.matcher(t);
        String before = u.find() ? t.substring(0, u.start()) : t;
        Dates.Found f = Dates.find(before);
        return f == null ? null : f.date();
    }

    /** A short line made of a date plus metadata (labels, a time, a name): {@code Jane Doe | 20 March 2023}. */
    static boolean isDateMetaLine(String t) {
        if (TextSignals.wordCount(t) > 14) {
            return false;
        }
        Dates.Found f = Dates.find(t);
        if (f == null) {
            return false;
        }
        String rest = (t.substring(0, f.start()) + " " + t.substring(f.end()));
        Matcher u = UPDATED.matcher(rest);
        if (u.find()) {
            rest = rest.substring(0, u.start()); // "… Updated 2 years ago": the update clause is metadata too
        }
        rest = META_RESIDUE.matcher(rest).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return true;
        }
        // a name set off by a separator ("Jane Doe | 20 Mar 2023") or a short place ("Moscow, 20 March 2023"); a caption
        // such as "Xi and Putin in Moscow, 20 March 2023" is story text
        boolean separated = NAME_DATE_SEPARATOR.matcher(t).find();
        return TextSignals.looksLikeName(rest) && (separated || TextSignals.wordCount(rest) <= 2);
    }

    private static final Pattern NAME_DATE_SEPARATOR = Pattern.compile("\\s[|\u2022\u00B7\u2013\u2014-]\\s|[|\u2022\u00B7]");

    /** The date of a dateline opening a paragraph ({@code WASHINGTON, March 20, 2023 (AP) —}), or null. */
    static LocalDate datelineDate(String t) {
        Matcher m = DATELINE.matcher(t);
        return m.lookingAt() ? Dates.toDate(m, 0) : null;
    }

    private static boolean isUpdateClause(String rest) {
        String r = rest.strip();
        return TextSignals.wordCount(r) <= 12 && r.matches("(?is)(last\\s+)?(updated|modified|edited)\\b.*");
    }

    private static int skipSeparators(String raw, int from, int end) {
        int i = from;
        while (i < end && (TextSignals.isSpace(raw.charAt(i)) || "|,;:\u2022\u00B7\u2013\u2014-".indexOf(raw.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static boolean hasStoryAfter(List<Unit> units, int from, String raw) {
        for (int i = from; i < units.size(); i++) {
            if (classify(units.get(i).text(raw)) != CUE) {
                return true;
            }
        }
        return false;
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextSignals.isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- lines

    /** A paragraph: {@code raw[start, end)}, trimmed of surrounding whitespace. */
    static final class Unit {
        int start;
        final int end;

        Unit(int start, int end) {
            this.start = start;
            this.end = end;
        }

        String text(String raw) {
            return raw.substring(start, end);
        }
    }

    /** Non-empty trimmed lines; in hard-wrapped text, runs of consecutive lines (paragraphs between blank lines). */
    static List<Unit> split(String raw) {
        List<Unit> lines = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        boolean blank = false;
        int pos = 0;
        int len = raw.length();
        while (pos <= len) {
            int nl = nextLineBreak(raw, pos);
            int le = nl < 0 ? len : nl;
            int s = pos;
            int e = le;
            while (s < e && TextSignals.isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && TextSignals.isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Unit(s, e));
                blankBefore.add(blank);
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (!isHardWrapped(lines, blankBefore)) {
            return lines;
        }
        List<Unit> merged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !blankBefore.get(i)) {
                Unit last = merged.remove(merged.size() - 1);
                merged.add(new Unit(last.start, lines.get(i).end));
            } else {
                merged.add(lines.get(i));
            }
        }
        return merged;
    }

    /** The next line terminator at or after {@code from}: \\n, a lone \\r, U+2028 or U+2029; -1 when none. */
    private static int nextLineBreak(String raw, int from) {
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 == raw.length() || raw.charAt(i + 1) != '\n')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Hard-wrapped text: no line longer than 100 characters, blank lines between paragraphs, and most lines that run
     * on into the next line are near the wrap width (at least 45 characters).
     */
    static boolean isHardWrapped(List<Unit> lines, List<Boolean> blankBefore) {
        if (lines.size() < 6) {
            return false;
        }
        int runOn = 0;
        int wide = 0;
        boolean anyBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            Unit u = lines.get(i);
            if (u.end - u.start > 100) {
                return false;
            }
            if (i > 0 && blankBefore.get(i)) {
                anyBlank = true;
            }
            if (i + 1 < lines.size() && !blankBefore.get(i + 1)) {
                runOn++;
                if (u.end - u.start >= 45) {
                    wide++;
                }
            }
        }
        return anyBlank && runOn >= 3 && wide * 10 >= runOn * 7;
    }
}
