package io.newslens.page;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * An HTML news page to an {@link HtmlArticle} (and so a {@link ParsedPage}), with jsoup.
 * <ul>
 * <li><b>title</b>: {@code og:title}, {@code <meta name=title>}, {@code twitter:title}, the first {@code <h1>}, then
 * {@code <title>}; a site suffix or prefix (" - BBC News", "| The Site") is trimmed when it names the site (og:site_name,
 * the host name) or reads like an outlet's name.</li>
 * <li><b>published</b>: {@code article:published_time}, {@code <meta name=date|pubdate|publish-date|dc.date|…>},
 * JSON-LD {@code datePublished} (also inside {@code @graph}), {@code itemprop=datePublished}, then the first
 * {@code <time datetime>} in the article; the date part as printed (no time-zone shift).</li>
 * <li><b>byline</b>: {@code <meta name=author>}, JSON-LD {@code author} (names joined with " and "),
 * {@code rel=author} links, {@code itemprop=author} or {@code .byline}/{@code .author} elements; "By" prefix removed.
 * When the page has none, a byline line at the top of the body is used.</li>
 * <li><b>body</b>: the {@code <article>} (or {@code itemprop=articleBody}) with the most paragraph text, else the element
 * whose direct {@code <p>} children hold the most text; inside it nav/header/footer/aside/script/style/form/button,
 * hidden elements and elements whose class or id names share/social/related/comments/newsletter/ads/cookie widgets
 * are dropped; paragraphs, subheadings, list items, block quotes and figure captions are kept as paragraphs. The
 * text then goes through the same repeat, ad-line and trailing-boilerplate rules as {@link RawTextParser}.</li>
 * </ul>
 * The {@link ParsedPage} of an HTML page has empty {@code bodySpans} (see {@link HtmlArticle#toParsedPage()}).
 */
public final class HtmlPageParser {

    private HtmlPageParser() {
    }

    /** Parses an HTML page into a {@link ParsedPage} (empty {@code bodySpans}). {@code baseUrl} may be null. */
    public static ParsedPage parse(String html, String baseUrl) {
        return parseArticle(html, baseUrl).toParsedPage();
    }

    /** Parses an HTML page, keeping its canonical URL and site name. {@code baseUrl} may be null. */
    public static HtmlArticle parseArticle(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        List<Map<String, Object>> ld = jsonLd(doc);

        String siteName = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"), ldPublisher(ld));
        String canonical = firstNonBlank(absAttr(doc.selectFirst("link[rel=canonical][href]"), "href"),
                meta(doc, "og:url"), blankToNull(baseUrl));
        if (siteName == null) {
            siteName = host(canonical);
        }
        String host = host(canonical);

        String h1 = text(doc.selectFirst("article h1, main h1, h1"));
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "title"), meta(doc, "twitter:title"), h1,
                blankToNull(doc.title()));
        title = trimSiteAffix(title, siteName, host);

        LocalDate published = publishedDate(doc, ld);
        String byline = byline(doc, ld);

        Element root = articleRoot(doc);
        String text = root == null ? "" : String.join("\n\n", blocks(root));
        ParsedPage fromText = RawTextParser.parse(text, title);
        if (byline == null) {
            byline = firstNonBlank(fromText.byline(), ldOrganizationAuthor(ld));
        }
        if (published == null) {
            published = fromText.published();
        }
        // without any title metadata the text's own headline (first headline-like block) is taken, as for raw text
        return new HtmlArticle(fromText.title(), published, byline, fromText.body(), canonical, siteName);
    }

    // ---------------------------------------------------------------- metadata

    /** The content of {@code <meta property=KEY>} or {@code <meta name=KEY>} (case-insensitive key), or null. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String p = m.attr("property");
            String n = m.attr("name");
            String ip = m.attr("itemprop");
            if (p.equalsIgnoreCase(key) || n.equalsIgnoreCase(key) || ip.equalsIgnoreCase(key)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "article:published", "published_time", "date", "pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created",
            "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "datepublished", "original-publish-date",
            "citation_publication_date", "cxenseparse:recs:publishtime");

    static LocalDate publishedDate(Document doc, List<Map<String, Object>> ld) {
        for (String k : DATE_META) {
            LocalDate d = Dates.parseValue(meta(doc, k));
            if (d != null) {
                return d;
            }
        }
        for (Map<String, Object> o : ld) {
            if (o.get("datePublished") instanceof String s) {
                LocalDate d = Dates.parseValue(s);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            LocalDate d = Dates.parseValue(firstNonBlank(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")), e.text()));
            if (d != null) {
                return d;
            }
        }
        Element root = doc.selectFirst("article");
        Elements times = (root != null ? root : doc).select("time[datetime]");
        for (Element t : times) {
            if (t.closest("aside, footer, nav, [class*=related], [class*=comment]") != null) {
                continue;
            }
            LocalDate d = Dates.parseValue(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static String byline(Document doc, List<Map<String, Object>> ld) {
        String a = meta(doc, "author");
        if (a != null && !a.contains("://")) {
            return cleanByline(a);
        }
        for (Map<String, Object> o : ld) {
            String names = ldNames(o.get("author"), false);
            if (names != null) {
                return names;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Element e : doc.select("a[rel=author], [rel~=author], [itemprop=author]")) {
            Element nameEl = e.selectFirst("[itemprop=name]");
            String n = nameEl != null ? nameEl.text() : e.attr("content").isBlank() ? e.text() : e.attr("content");
            n = cleanByline(n);
            if (n != null && n.length() <= 80) {
                names.add(n);
            }
        }
        if (!names.isEmpty()) {
            return String.join(" and ", names);
        }
        Element by = doc.selectFirst(".byline, .author, .article-author, .story-byline, [class*=byline], "
                + "[data-component*=byline], [data-testid*=byline]");
        if (by != null) {
            String n = cleanByline(by.text());
            if (n != null && n.length() <= 80) {
                return n;
            }
        }
        return null;
    }

    private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|written by|author)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern GENERIC_AUTHOR = Pattern.compile(
            "(?i)(admin|administrator|webmaster|root|user|guest|editor|author|staff|unknown|null|none)\\d*");

    /** Strips a "By" prefix; null for empty or generic account names ("admin", "editor"). */
    static String cleanByline(String s) {
        if (s == null) {
            return null;
        }
        String t = RawTextParser.collapse(BY_PREFIX.matcher(s.strip()).replaceFirst("")).strip();
        return t.isEmpty() || GENERIC_AUTHOR.matcher(t).matches() ? null : t;
    }

    /** An organisation credited as JSON-LD author ("BBC News"): the byline of last resort. */
    private static String ldOrganizationAuthor(List<Map<String, Object>> ld) {
        for (Map<String, Object> o : ld) {
            String names = ldNames(o.get("author"), true);
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    /** Author names of a JSON-LD author value; people only, or organisations only when {@code organizations}. */
    private static String ldNames(Object author, boolean organizations) {
        if (author instanceof String s) {
            return organizations || s.contains("://") ? null : cleanByline(s);
        }
        if (author instanceof Map<?, ?> m) {
            boolean org = String.valueOf(m.get("@type")).contains("Organization");
            return org == organizations && m.get("name") instanceof String s ? cleanByline(s) : null;
        }
        if (author instanceof List<?> l) {
            List<String> names = new ArrayList<>();
            for (Object o : l) {
                String n = ldNames(o, organizations);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(" and ", names);
        }
        return null;
    }

    private static String ldPublisher(List<Map<String, Object>> ld) {
        for (Map<String, Object> o : ld) {
            if (o.get("publisher") instanceof Map<?, ?> p && p.get("name") instanceof String s && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }

    /** JSON-LD objects of the page, articles first ({@code @graph} and top-level arrays flattened). */
    static List<Map<String, Object>> jsonLd(Document doc) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            flatten(JsonLd.parse(s.data().strip()), all, 0);
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Map<String, Object>> others = new ArrayList<>();
        for (Map<String, Object> o : all) {
            String type = String.valueOf(o.get("@type"));
            (type.contains("Article") || type.contains("Posting") || type.contains("Report") ? articles : others).add(o);
        }
        articles.addAll(others);
        return articles;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object v, List<Map<String, Object>> out, int depth) {
        if (depth > 4) {
            return;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                flatten(o, out, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            out.add((Map<String, Object>) m);
            flatten(m.get("@graph"), out, depth + 1);
            if (m.get("mainEntity") instanceof Map<?, ?>) {
                flatten(m.get("mainEntity"), out, depth + 1);
            }
        }
    }

    // ---------------------------------------------------------------- title

    private static final Pattern AFFIX_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014:-]\\s+|\\s*[|\u00B7\u2022]\\s*|\\s+::\\s+");
    private static final Pattern OUTLET_WORDS = Pattern.compile(
            "(?i).*\\b(news|times|post|journal|herald|tribune|daily|online|magazine|gazette|guardian|telegraph|press"
                    + "|media|radio|tv|broadcasting|network|agency|wire)\\b.*|.*\\.(com|org|net|co\\.uk|info|news|io)\\b.*");

    /** Removes a trailing (or leading) site name from a headline: "Title - BBC News" → "Title". */
    static String trimSiteAffix(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        List<int[]> seps = new ArrayList<>();
        var m = AFFIX_SEPARATOR.matcher(t);
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return t;
        }
        int[] last = seps.get(seps.size() - 1);
        String suffix = t.substring(last[1]).strip();
        String head = t.substring(0, last[0]).strip();
        if (!head.isEmpty() && isSiteName(suffix, siteName, host)) {
            return trimSiteAffix(head, siteName, host);
        }
        int[] first = seps.get(0);
        String prefix = t.substring(0, first[0]).strip();
        String rest = t.substring(first[1]).strip();
        if (!rest.isEmpty() && !prefix.isEmpty() && (siteName != null && norm(prefix).equals(norm(siteName))
                || host != null && norm(prefix).equals(hostLabel(host)))) {
            return rest;
        }
        return t;
    }

    private static boolean isSiteName(String s, String siteName, String host) {
        if (s.isEmpty() || TextSignals.wordCount(s) > 5) {
            return false;
        }
        String n = norm(s);
        if (siteName != null && !norm(siteName).isEmpty() && (n.contains(norm(siteName)) || norm(siteName).contains(n))) {
            return true;
        }
        String label = host == null ? null : hostLabel(host);
        if (label != null && label.length() >= 2 && n.contains(label)) {
            return true;
        }
        return OUTLET_WORDS.matcher(s).matches() && TextSignals.wordCount(s) <= 4;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** "www.bbc.co.uk" → "bbc"; "edition.cnn.com" → "cnn". */
    private static String hostLabel(String host) {
        String[] p = host.toLowerCase(Locale.ROOT).split("\\.");
        if (p.length == 1) {
            return p[0];
        }
        int i = p.length - 2;
        if (i > 0 && p[i].length() <= 3 && p[p.length - 1].length() == 2) {
            i--; // co.uk, com.au
        }
        return p[i];
    }

    // ---------------------------------------------------------------- body

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, button, input,"
            + " select, textarea, iframe, svg, canvas, object, embed, dialog, menu, h1,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
            + " [role=complementary], [role=contentinfo], [role=dialog]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern JUNK_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|related|comments?|newsletter|subscribe|subscription|promo|advert\\w*|ads?"
                    + "|ad-?slot|sponsor\\w*|cookies?|consent|breadcrumbs?|tags|paywall|popup|modal|nav|navbar|menu|footer"
                    + "|sidebar|recirc\\w*|more-stories|read-?more|outbrain|taboola|signup|toolbar|byline-share|print|tag-?list|topic-?list"
                    + "|links-block|related-?links|most-?read|trending|promo\\w*)([-_\\s]|$)");

    /** The element holding the story text, or null when the page has no text. */
    static Element articleRoot(Document doc) {
        Element best = null;
        int bestScore = 0;
        Elements candidates = doc.select("[itemprop=articleBody], article, [role=article], main");
        for (Element a : candidates) {
            int score = paragraphText(a);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        // prefer an article inside main when it holds most of the text (main also holds related lists and teasers);
        // an article is not narrowed to its articleBody, which would lose captions
        boolean narrowed = true;
        while (best != null && best.nameIs("main") && narrowed) {
            narrowed = false;
            for (Element a : candidates) {
                if (a != best && a.parents().contains(best) && paragraphText(a) * 10 >= bestScore * 8) {
                    best = a;
                    narrowed = true;
                    break;
                }
            }
        }
        if (best != null && bestScore >= 200) {
            return best;
        }
        // densest block: each paragraph scores its length for its parent and half of it for its grandparent, so a
        // story split into one-paragraph wrappers (<div class=text-block><p>…</p></div>) still gathers under one block
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element p : doc.select("p")) {
            int len = p.text().length();
            if (len < 25 || p.closest("nav, footer, aside, header, form") != null) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, len, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, len / 2, Integer::sum);
                }
            }
        }
        Element dense = null;
        int denseScore = 0;
        for (var e : scores.entrySet()) {
            if (e.getValue() > denseScore) {
                dense = e.getKey();
                denseScore = e.getValue();
            }
        }
        if (dense != null && denseScore > bestScore) {
            return dense;
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static final Set<String> LEAF_BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "pre",
            "dt", "dd", "td", "th", "caption", "summary", "address");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "blockquote", "ul", "ol",
            "dl", "figure", "table", "thead", "tbody", "tfoot", "tr", "details", "center", "body", "picture", "header", "hgroup");

    /** The paragraphs of {@code root} after the boilerplate elements are removed, in document order. */
    static List<String> blocks(Element root) {
        Element r = root.clone();
        r.select(DROP).remove();
        for (Element e : r.select("[style]")) {
            if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element e : r.select("[class], [id]")) {
            if (e != r && e.parent() != null && isJunkContainer(e)) {
                e.remove();
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        collect(r, out, inline);
        flush(out, inline);
        return out;
    }

    private static boolean isJunkContainer(Element e) {
        if (e.nameIs("p") || e.nameIs("a") || e.nameIs("span") || e.nameIs("em") || e.nameIs("strong")) {
            return false;
        }
        String names = e.className() + " " + e.id() + " " + e.attr("data-component") + " " + e.attr("data-testid") + " "
                + e.attr("data-module");
        if (!JUNK_CLASS.matcher(names).find()) {
            return false;
        }
        // a story block whose wrapper happens to carry such a name ("article-body ad-wrapper") keeps its prose: only
        // link lists, widgets and short blurbs go
        int text = e.text().length();
        if (text < 200) {
            return true;
        }
        int linkText = 0;
        for (Element a : e.select("a")) {
            linkText += a.text().length();
        }
        return linkText * 2 > text;
    }

    private static void collect(Element e, List<String> out, StringBuilder inline) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (n instanceof Element c) {
                String name = c.normalName();
                if (name.equals("br")) {
                    inline.append('\n');
                } else if (LEAF_BLOCKS.contains(name) || CONTAINERS.contains(name)) {
                    flush(out, inline);
                    collect(c, out, inline);
                    flush(out, inline);
                } else {
                    collect(c, out, inline); // inline element: a, span, em, strong, …
                }
            }
        }
    }

    private static void flush(List<String> out, StringBuilder inline) {
        if (inline.length() > 0) {
            add(out, inline.toString());
            inline.setLength(0);
        }
    }

    private static void add(List<String> out, String text) {
        for (String line : text.split("\n")) {
            String t = RawTextParser.collapse(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }

    // ---------------------------------------------------------------- small helpers

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        return blankToNull(e.text());
    }

    private static String absAttr(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return blankToNull(abs.isEmpty() ? e.attr(attr) : abs);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
