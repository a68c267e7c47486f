package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The 15 real texts (5 seeds, 10 BBC) against their gold files. */
class RealTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> names() {
        return Stream.of("000_353df9fa2c6b54cf", "001_729c926d7b373cb7", "002_c17b033383a99a32", "003_5f7adbb7db3c39a7",
                "004_4258631c146da81b", "bbc01", "bbc02", "bbc03", "bbc04", "bbc05", "bbc06", "bbc07", "bbc08", "bbc09",
                "bbc10");
    }

    static String text(String name) throws IOException {
        return resource("/texts/" + name + ".txt");
    }

    static JsonNode gold(String name) throws IOException {
        return JSON.readTree(resource("/gold/" + name + ".json"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RealTextsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String goldString(JsonNode gold, String field) {
        JsonNode n = gold.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void titleMatchesGold(String name) throws IOException {
        ParsedPage p = RawTextParser.parse(text(name));
        assertEquals(goldString(gold(name), "title"), p.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void publishedMatchesGold(String name) throws IOException {
        ParsedPage p = RawTextParser.parse(text(name));
        String published = p.published() == null ? null : p.published().toString();
        assertEquals(goldString(gold(name), "published"), published);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everySpanMapsBodyToTheSameRawCharacters(String name) throws IOException {
        String raw = text(name);
        ParsedPage p = RawTextParser.parse(raw);
        assertFalse(p.bodySpans().isEmpty());
        int covered = 0;
        int expectedStart = 0;
        for (ParsedPage.Span s : p.bodySpans()) {
            assertTrue(s.bodyStart() >= expectedStart, "spans in body order");
            String inBody = p.body().substring(s.bodyStart(), s.bodyStart() + s.length());
            String inRaw = raw.substring(s.originalStart(), s.originalStart() + s.length());
            assertEquals(inRaw, inBody);
            for (int k = 0; k < s.length(); k++) {
                int o = p.toOriginal(s.bodyStart() + k);
                assertEquals(raw.charAt(o), p.body().charAt(s.bodyStart() + k));
            }
            covered += s.length();
            expectedStart = s.bodyStart() + s.length();
        }
        // everything outside the spans is the paragraph separator
        assertEquals(p.body().length(), covered + 2 * (p.bodySpans().size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyGoldEntityFormSurvivesInTitleOrBody(String name) throws IOException {
        ParsedPage p = RawTextParser.parse(text(name));
        // the byline is kept as a field; gold sometimes capitalises a form the text prints in lower case ("the Economist")
        String kept = (nullToEmpty(p.title()) + "\n" + nullToEmpty(p.byline()) + "\n" + p.body()).toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (JsonNode e : gold(name).get("entities")) {
            for (JsonNode a : e.get("aliases")) {
                if (!kept.contains(a.asText().toLowerCase(Locale.ROOT))) {
                    missing.add(a.asText());
                }
            }
        }
        assertTrue(missing.isEmpty(), "entity forms lost from the story: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyGoldQuoteSurvivesInTitleOrBody(String name) throws IOException {
        ParsedPage p = RawTextParser.parse(text(name));
        String flat = RawTextParser.collapse(nullToEmpty(p.title()) + "\n" + p.body());
        List<String> missing = new ArrayList<>();
        for (JsonNode q : gold(name).get("quotes")) {
            String t = RawTextParser.collapse(q.get("text").asText());
            if (!q.path("block").asBoolean(false) && !flat.contains(t)) {
                missing.add(t);
            }
        }
        assertTrue(missing.isEmpty(), "quotes lost from the body: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void titleIsNotRepeatedInBody(String name) throws IOException {
        ParsedPage p = RawTextParser.parse(text(name));
        if (p.title() != null) {
            assertFalse(p.body().startsWith(p.title()));
        }
    }

    @Test
    void seed000BylineBeforeHeadline() throws IOException {
        ParsedPage p = RawTextParser.parse(text("000_353df9fa2c6b54cf"));
        assertEquals("Tomorrow's Affairs Staff", p.byline());
        assertFalse(p.body().contains("By:"));
        assertTrue(p.body().startsWith("Putin's hand was not left hanging"));
    }

    @Test
    void seed001KeepsCaptionsDropsRepeatsAndCommentBoilerplate() throws IOException {
        ParsedPage p = RawTextParser.parse(text("001_729c926d7b373cb7"));
        String b = p.body();
        assertTrue(b.startsWith("Russian President Vladimir Putin talks with Chinese President Xi Jinping in Uzbekistan"));
        assertTrue(b.contains("Vladimir Putin and Xi Jinping (pictured together last year)"));
        assertEquals(1, count(b, "Analysis box by Steve Rosenberg, Russia Editor"));
        assertEquals(1, count(b, "Analysis box by Stephen McDonell, China Correspondent"));
        assertTrue(b.endsWith("The smart money seems to be on the latter."));
        for (String junk : List.of("Leave a Reply", "Show More", "Your email address", "Back to top")) {
            assertFalse(b.contains(junk), junk);
        }
        // list items and subheadings are story text
        assertTrue(b.contains("2. Green light to continue or go in even harder"));
        assertTrue(b.contains("Putin seeks help from a friend"));
    }

    @Test
    void seed002HasNoHeadlineAndKeepsTheSummaryAndDateline() throws IOException {
        ParsedPage p = RawTextParser.parse(text("002_c17b033383a99a32"));
        assertTrue(p.body().startsWith("Virtual meeting between the two leaders."));
        assertTrue(p.body().contains("\n\nBeijing () \u2013 Vladimir Putin today invited"));
        assertEquals(7, p.bodySpans().size());
    }

    @Test
    void seed003DatePrefixIsCutFromTheFirstParagraph() throws IOException {
        String raw = text("003_5f7adbb7db3c39a7");
        ParsedPage p = RawTextParser.parse(raw);
        assertTrue(p.body().startsWith("It\u2019s the 40th time"));
        assertFalse(p.body().contains("date 2023-03-20"));
        assertEquals(raw.indexOf("It\u2019s the 40th time"), p.toOriginal(0));
        assertTrue(p.body().endsWith("Thanks to Lillian Barkley for copy editing this article."));
    }

    @Test
    void seed004SiteBoilerplateIsRemoved() throws IOException {
        ParsedPage p = RawTextParser.parse(text("004_4258631c146da81b"));
        String b = p.body();
        for (String junk : List.of("Subscribe", "CDT EBOOKS", "SUPPORT CDT", "Google Ads", "Click on the image", "Welcome back",
                "Open popup", "non-profit", "combat internet censorship", "Firefly")) {
            assertFalse(b.contains(junk), junk);
        }
        String lastParagraph = b.substring(b.lastIndexOf("\n\n") + 2);
        assertTrue(lastParagraph.startsWith("Putin and Xi\u2019s latest meeting further confirms our assessments"));
    }

    @Test
    void bbcTextsLoseNothingButTheHeadline() throws IOException {
        for (String name : names().filter(n -> n.startsWith("bbc")).toList()) {
            String raw = text(name);
            ParsedPage p = RawTextParser.parse(raw);
            int nonEmptyLines = (int) raw.lines().filter(l -> !l.isBlank()).count();
            assertEquals(nonEmptyLines - 1, p.bodySpans().size(), name);
        }
    }

    /** The BBC texts wrapped in a synthetic news page with site chrome give the same title and body as the raw texts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void sameArticleAsHtmlPage(String name) throws IOException {
        ParsedPage fromText = RawTextParser.parse(text(name));
        StringBuilder html = new StringBuilder("<html><head><title>");
        if (fromText.title() != null) {
            html.append(Entities.escape(fromText.title())).append(" - Example News");
        }
        html.append("</title><meta property=og:site_name content='Example News'></head><body>")
                .append("<header><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav></header>")
                .append("<main><article>");
        if (fromText.title() != null) {
            html.append("<h1>").append(Entities.escape(fromText.title())).append("</h1>");
        }
        html.append("<div class=share><a>Share</a><a>Save</a></div>");
        for (String para : fromText.body().split("\n\n")) {
            html.append("<p>").append(Entities.escape(para)).append("</p>\n");
        }
        html.append("<section class=related><h2>Related</h2><ul><li><a>Other story one</a></li></ul></section>")
                .append("</article><aside><h2>Most read</h2><ol><li>Something else happened today</li></ol></aside></main>")
                .append("<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>");
        HtmlArticle a = HtmlPageParser.parseArticle(html.toString(), "https://news.example.com/a/1");
        assertEquals(fromText.title(), a.title());
        assertEquals(RawTextParser.collapse(fromText.body()), RawTextParser.collapse(a.body()));
        assertEquals("Example News", a.siteName());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
