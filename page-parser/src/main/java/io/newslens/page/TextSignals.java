package io.newslens.page;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-level signals used to tell headlines, bylines, story paragraphs and site boilerplate apart in raw page text.
 * All rules are generic (no outlet's or article's words); package-private helper of {@link RawTextParser}.
 */
final class TextSignals {

    private TextSignals() {
    }

    // ---------------------------------------------------------------- words and sentences

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = isSpace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** Whitespace as found in pasted page text, including no-break and zero-width spaces and the BOM. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060';
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov",
            "sen", "rep", "lt", "col", "capt", "sgt", "maj", "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "rev",
            "hon", "messrs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
            "e.g", "i.e", "cf", "al", "fig");

    private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";
    private static final String OPENERS = "\"'\u201C\u2018([\u00AB";

    /**
     * Number of sentence boundaries inside {@code s}: a {@code . ! ? …} (optionally followed by closing quotes or
     * brackets), then whitespace, then an upper-case letter, digit or opening quote. Abbreviations ("Mr.", "U.S.",
     * initials) do not count.
     */
    static int sentenceBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int j = i + 1;
            while (j < s.length() && CLOSERS.indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < s.length() && isSpace(s.charAt(k))) {
                k++;
            }
            if (k == j || k >= s.length()) {
                continue;
            }
            int m = k;
            while (m < s.length() && OPENERS.indexOf(s.charAt(m)) >= 0) {
                m++;
            }
            if (m >= s.length()) {
                continue;
            }
            char next = s.charAt(m);
            if (!Character.isUpperCase(next) && !Character.isDigit(next)) {
                continue;
            }
            if (c == '.' && j == i + 1 && isAbbreviationBefore(s, i)) {
                continue;
            }
            n++;
        }
        return n;
    }

    private static boolean isAbbreviationBefore(String s, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String w = s.substring(b, dot);
        if (w.isEmpty()) {
            return false;
        }
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (w.indexOf('.') >= 0) {
            return true; // "U.S." "e.g."
        }
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** True when {@code s} ends like a sentence: {@code . ! ? …} optionally followed by closing quotes or brackets. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** A full paragraph of prose: two sentences or more, or at least 25 words. */
    static boolean isLongProse(String s) {
        return sentenceBreaks(s) >= 1 || wordCount(s) >= 25;
    }

    /**
     * A line that reads like a headline: at most 25 words and 220 characters, one sentence at most, not starting
     * with a lower-case letter, not a long sentence closed by a full stop, and not a boilerplate cue.
     */
    static boolean looksLikeHeadline(String s) {
        int words = wordCount(s);
        if (words == 0 || words > 25 || s.length() > 220) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                break;
            }
        }
        if (sentenceBreaks(s) > 0) {
            return false;
        }
        String t = s.strip();
        if (t.endsWith(".") && !t.endsWith("...") && words > 12) {
            return false;
        }
        return !isStrongCue(s) && !isInlineJunk(s);
    }

    // ---------------------------------------------------------------- boilerplate

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole-line cues that only site chrome prints. */
    private static final List<Pattern> STRONG = List.of(
            Pattern.compile("leave a (reply|comment)\\b.{0,60}", I),
            Pattern.compile("(\\d+\\s+)?comments?(\\s*\\(\\d+\\))?:?", I),
            Pattern.compile("(show|load|view|read|see) (more|less|all)( comments| stories| news| articles)?:?", I),
            Pattern.compile("(view|show|hide|post|add|write) (a |the )?comments?\\b.{0,30}", I),
            Pattern.compile("join the (conversation|discussion).{0,40}", I),
            Pattern.compile("your email address will not be published.*", I),
            Pattern.compile("required fields are marked.*", I),
            Pattern.compile("subscribe( now| today| here| for free)?( to .{1,60})?[.!]?", I),
            Pattern.compile("(sign up|register)( now| today| here| for free)?( (to|for) .{1,60})?[.!]?", I),
            Pattern.compile("((get|sign up for|subscribe to) )?(our |the )?(daily |weekly |free |email )?newsletters?\\b.{0,60}", I),
            Pattern.compile("share\\d*( this| the| full)?( article| story| post| page)?( on .{1,20})?( via .{1,20})?:?", I),
            Pattern.compile("(supported by|give this article|send any friend a story|gift (this )?article|unlock (this )?article"
                    + "|related topics|top stories|features|most popular)", I),
            Pattern.compile("(save|bookmark|listen|reuse this content|(print |digital )?subscriptions?|gift this article|save article"
                    + "|copy link|link copied|explore more( on these topics)?|more on (this|these) (story|stories|topics?))", I),
            Pattern.compile("this (article|story|content) is more than \\d+ (year|month|day)s? old", I),
            Pattern.compile("(tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|copy link"
                    + "|messenger|flipboard|bluesky|threads)", I),
            Pattern.compile("related( articles| stories| posts| content| news| topics| coverage| reading| links)?:?", I),
            Pattern.compile("(read|see) (more|also)\\b.{0,120}", I),
            Pattern.compile("more (stories|news|articles|videos|from us|like this|on this( story| topic)?)\\b.{0,40}", I),
            Pattern.compile("you (may|might) (also )?(like|enjoy|be interested in).{0,40}", I),
            Pattern.compile("(recommended|suggested)( for you| stories| articles| reading)?:?", I),
            Pattern.compile("(most (read|popular|viewed|shared)|trending( now| stories)?|popular( posts| stories| now)?"
                    + "|top stories|latest( news| stories| articles)?|editor'?s picks?):?", I),
            Pattern.compile("(google )?(ads?|advert|advertisement|advertising)( \\d+)?", I),
            Pattern.compile("(skip|close|hide) (this )?(ad|advert|advertisement)", I),
            Pattern.compile("sponsored( content| links?| stories)?:?", I),
            Pattern.compile("back to top( button)?", I),
            Pattern.compile("skip to (the )?(main )?(content|navigation|article)", I),
            Pattern.compile("(open|close) (popup|menu|dialog|search)", I),
            Pattern.compile("(main )?menu|search|home|close|toggle navigation|navigation", I),
            Pattern.compile("welcome back!?", I),
            Pattern.compile("(log ?in|sign ?in|log ?out|sign ?out|create (an |your )?account|my account)( (to|with|here|now)\\b.{0,30})?", I),
            Pattern.compile("(we|this (web)?site|our site) uses? cookies\\b.*", I),
            Pattern.compile("((accept|reject|allow|manage)( all| necessary| optional)? cookies|cookie (policy|settings|preferences|notice))\\b.{0,60}", I),
            Pattern.compile("click (on |here)\\b.{0,120}", I),
            Pattern.compile("((privacy( policy| notice)?|terms (of use|of service|and conditions|& conditions)|contact( us)?|about( us)?"
                    + "|cookie (policy|settings)|accessibility|sitemap|site map|careers|advertise( with us)?|help|faq)[\\s|\u00B7\u2022,]*)+", I),
            Pattern.compile("(copyright|\u00A9|\\(c\\)).{0,30}\\b(19|20)\\d{2}\\b.{0,120}", I),
            Pattern.compile(".{0,160}\\ball rights reserved\\b.{0,40}", I),
            Pattern.compile("(tags?|topics?|filed under|categor(y|ies)|keywords?)\\s*:.{0,200}", I),
            Pattern.compile("follow us( on .{1,40})?:?", I),
            Pattern.compile("(previous|next|older|newer) (article|post|story|page)\\b.{0,120}", I),
            Pattern.compile("(support|donate( to)?)( us| our (work|journalism|newsroom|reporting)| (?-i:[A-Z0-9]{2,12}))?[.!]?", I),
            Pattern.compile("become a (member|supporter|patron|subscriber)\\b.{0,40}", I),
            Pattern.compile("(donate|make a donation|give now|support us)( now| today)?[.!]?", I),
            Pattern.compile("(listen|watch)( to)? (this )?(article|story|now|live)\\b.{0,30}", I),
            Pattern.compile("\\d+ min(ute)?s? read", I),
            Pattern.compile("(sources?|photo|image|video|credit|featured image)\\s*:\\s*(shutterstock|getty images|reuters|ap|afp|file)\\b.{0,40}", I));

    /** Phrases that mark a sentence-like line as a site appeal or notice (donations, paywalls, ad blockers). */
    private static final Pattern SOFT = Pattern.compile("we need your support|your (contribution|donation|support)s? (will )?(help|keep|make)"
            + "|please (consider )?(donat|support|subscrib|whitelist|disable)|make a (donation|contribution)|become a (member|supporter|patron)"
            + "|disable your ad ?blocker|ad ?blocker|reached your (free )?(article|story) limit|already a subscriber"
            + "|subscribe (now |today )?to (continue|read|get|receive)|to continue reading|(this|the) (content|article) is (only )?(available )?for subscribers"
            + "|sign up (for|to) (our|the) (newsletter|daily|weekly)|by subscribing|unsubscribe at any time"
            + "|we use cookies|uses cookies|accept (all )?cookies|your privacy choices|non-?profit (newsroom|media|news)", I);

    /** Lines dropped wherever they appear: ad slots and link-outs that interrupt a story. */
    private static final List<Pattern> INLINE_JUNK = List.of(
            Pattern.compile("(skip )?(advertisement|advert|ad)|sponsored|scroll to continue( with content)?", I),
            Pattern.compile("(continue reading|story continues|article continues|content continues)( (the )?(main )?(story|article|below|after|beneath).{0,30})?", I),
            Pattern.compile("(read more|read also|also read|related|see also|recommended|more on this story|more on this)\\s*[:|\u2013\u2014-]\\s*.{1,160}", I),
            Pattern.compile("(image|photo|picture|video|media) (source|copyright|credit)s?\\s*[,:]?.{0,60}", I),
            Pattern.compile("(image|media|video|photo) caption\\s*[,:]?", I));

    private static boolean matchesAny(List<Pattern> ps, String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (Pattern p : ps) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A whole line that only site chrome prints ("Leave a Reply", "Subscribe to …", "Share this", "Google Ads 1", …). */
    static boolean isStrongCue(String s) {
        return wordCount(s) <= 40 && (matchesAny(STRONG, s) || isBreadcrumb(s));
    }

    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[|>\u203A\u00BB/]\\s*");

    /** A breadcrumb or section path: two to six segments of at most three words, e.g. "News|Politics", "World › Europe". */
    static boolean isBreadcrumb(String s) {
        String t = s.strip();
        if (t.length() > 80 || endsSentence(t)) {
            return false;
        }
        String[] parts = CRUMB_SEPARATOR.split(t);
        if (parts.length < 2 || parts.length > 6) {
            return false;
        }
        for (String p : parts) {
            int w = wordCount(p);
            if (w == 0 || w > 3 || !Character.isUpperCase(p.strip().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A line of at most 120 words whose content is a site appeal or notice (donation request, paywall, cookies). */
    static boolean isSoftCue(String s) {
        return wordCount(s) <= 120 && SOFT.matcher(s).find();
    }

    /** An ad slot or read-more link line that is dropped even in the middle of a story. */
    static boolean isInlineJunk(String s) {
        return wordCount(s) <= 30 && matchesAny(INLINE_JUNK, s);
    }

    /** A short line that is not a sentence: up to six words, no sentence-final punctuation. */
    static boolean isShortNonSentence(String s) {
        int w = wordCount(s);
        return w > 0 && w <= 6 && !endsSentence(s);
    }

    // ---------------------------------------------------------------- names (bylines)

    private static final Set<String> NAME_CONNECTORS = Set.of("and", "&", "of", "the", "for", "in", "at", "with", "via", "de",
            "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "des", "bin", "bint",
            "al", "el", "y", "e", "ibn", "ter", "ten", "st", "on", "from");
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters", "correspondent",
            "correspondents", "editor", "editors", "contributor", "contributors", "columnist", "columnists", "news", "desk",
            "team", "agency", "agencies", "wire", "wires", "service", "services", "senior", "chief", "special", "political",
            "foreign", "business", "economics", "science", "technology", "health", "sports", "sport", "diplomatic", "defence",
            "defense", "security", "international", "digital", "producer", "analyst", "researcher", "journalist", "journalists",
            "photographer", "photographers", "reporting", "additional", "report", "reports", "newsroom", "bureau");

    /**
     * True when {@code s} reads like a byline's name part: 1 to 12 tokens, every word capitalised (or all-caps), a name
     * connector ("and", "van", "de", …) or a newsroom role word ("staff", "correspondent", …), starting with a
     * capitalised word or "the", with no sentence inside.
     */
    static boolean looksLikeName(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 120 || sentenceBreaks(t) > 0) {
            return false;
        }
        String[] tokens = t.split("[\\s\\u00A0]+");
        if (tokens.length > 12) {
            return false;
        }
        boolean first = true;
        int capitalised = 0;
        for (String raw : tokens) {
            String w = raw.replaceAll("^[\\p{Punct}\u2018\u2019\u201C\u201D]+|[\\p{Punct}\u2018\u2019\u201C\u201D]+$", "");
            if (w.isEmpty()) {
                if (raw.equals("&") || raw.equals(",") || raw.equals("|") || raw.equals("-")) {
                    continue;
                }
                return false;
            }
            char c = w.charAt(0);
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(c)) {
                capitalised++;
            } else if (Character.isDigit(c)) {
                return false;
            } else if (NAME_CONNECTORS.contains(lower)) {
                if (first && !lower.equals("the")) {
                    return false;
                }
            } else if (!ROLE_WORDS.contains(lower)) {
                return false;
            } else if (first) {
                return false;
            }
            first = false;
        }
        return capitalised > 0;
    }
}
