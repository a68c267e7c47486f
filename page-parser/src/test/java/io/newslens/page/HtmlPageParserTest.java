package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPageParserTest {

    private static final String P1 = "Chinese President Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin, "
            + "his first visit since the invasion of Ukraine.";
    private static final String P2 = "\u201CWe are friends,\u201D Putin said, adding that the two countries would sign several "
            + "agreements during the three-day visit.";
    private static final String P3 = "Analysts expect few concrete results from the meeting, which comes a year after the two "
            + "leaders declared a partnership with no limits.";

    private static String page(String head, String body) {
        return "<!doctype html><html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article(String inner) {
        return "<article>" + inner + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>";
    }

    private static HtmlArticle parse(String html) {
        return HtmlPageParser.parseArticle(html, "https://www.example-news.com/world/xi-moscow");
    }

    @Nested
    class Title {

        @Test
        void ogTitleFirst() {
            HtmlArticle a = parse(page("<title>Other - Example</title><meta property=og:title content='Xi arrives in Moscow'>"
                    + "<meta name=title content='Meta title'>", "<h1>H1 title</h1>" + article("")));
            assertEquals("Xi arrives in Moscow", a.title());
        }

        @Test
        void metaTitleThenH1ThenTitleElement() {
            assertEquals("Meta title", parse(page("<title>T</title><meta name=title content='Meta title'>",
                    article("<h1>H1 title</h1>"))).title());
            assertEquals("H1 title", parse(page("<title>T</title>", article("<h1>H1 title</h1>"))).title());
            assertEquals("Only the title", parse(page("<title>Only the title</title>", article(""))).title());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Xi arrives in Moscow - BBC News", "Xi arrives in Moscow | The Guardian",
            "Xi arrives in Moscow | Example News", "Xi arrives in Moscow \u2013 example-news.com", "Xi arrives in Moscow | Reuters"})
        void siteSuffixIsTrimmed(String printed) {
            String site = printed.contains("Reuters") ? "Reuters" : "Some Site";
            HtmlArticle a = parse(page("<title>" + printed + "</title><meta property=og:site_name content='" + site + "'>",
                    article("")));
            assertEquals("Xi arrives in Moscow", a.title());
        }

        @Test
        void siteNamePrefixIsTrimmed() {
            HtmlArticle a = parse(page("<title>Example News | Xi arrives in Moscow</title>"
                    + "<meta property=og:site_name content='Example News'>", article("")));
            assertEquals("Xi arrives in Moscow", a.title());
        }

        @Test
        void dashInsideTheHeadlineIsKept() {
            String t = "Unrequited friendship - epilogue of the New Year's conversation between Xi and Putin";
            assertEquals(t, parse(page("<meta property=og:title content=\"" + t + "\">", article(""))).title());
        }

        @Test
        void noTitleAtAll() {
            assertNull(parse(page("", article(""))).title());
        }

        @Test
        void withoutMetadataTheFirstHeadlineLikeBlockIsTheTitleAndLeavesTheBody() {
            HtmlArticle a = parse(page("", article("<p><b>Xi arrives in Moscow</b></p>")));
            assertEquals("Xi arrives in Moscow", a.title());
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
        }

        @Test
        void h1IsNotRepeatedInTheBody() {
            HtmlArticle a = parse(page("", article("<h1>Xi arrives in Moscow</h1>")));
            assertFalse(a.body().contains("Xi arrives in Moscow\n"));
            assertTrue(a.body().startsWith(P1));
        }
    }

    @Nested
    class Published {

        @Test
        void articlePublishedTime() {
            assertEquals(LocalDate.of(2023, 3, 20), parse(page(
                    "<meta property=article:published_time content='2023-03-20T23:30:00-05:00'>"
                            + "<meta property=article:modified_time content='2023-03-22T10:00:00Z'>", article(""))).published());
        }

        @ParameterizedTest
        @ValueSource(strings = {"date", "pubdate", "publish-date", "dc.date", "DC.date.issued", "sailthru.date"})
        void metaNames(String name) {
            assertEquals(LocalDate.of(2023, 3, 20),
                    parse(page("<meta name='" + name + "' content='2023-03-20'>", article(""))).published());
        }

        @Test
        void jsonLdDatePublishedInsideGraph() {
            String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                    + "{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
                    + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-03-20T06:00:00.000Z\"}]}</script>";
            assertEquals(LocalDate.of(2023, 3, 20), parse(page(ld, article(""))).published());
        }

        @Test
        void jsonLdArrayAndBrokenBlocksAreTolerated() {
            String ld = "<script type='application/ld+json'>{ broken </script>"
                    + "<script type='application/ld+json'>[{\"@type\":\"Organization\"},"
                    + "{\"@type\":\"Article\",\"datePublished\":\"March 20, 2023\"}]</script>";
            assertEquals(LocalDate.of(2023, 3, 20), parse(page(ld, article(""))).published());
        }

        @Test
        void timeElementInTheArticle() {
            assertEquals(LocalDate.of(2023, 3, 20), parse(page("",
                    article("<time datetime='2023-03-20T08:00:00Z'>20 March</time>"))).published());
        }

        @Test
        void timeElementInARelatedBoxIsIgnored() {
            String body = "<article><p>" + P1 + "</p><p>" + P2 + "</p><aside class=related><time datetime='2019-01-01'>x</time>"
                    + "</aside></article>";
            assertNull(parse(page("", body)).published());
        }

        @Test
        void publishedLineAtTheTopOfTheText() {
            assertEquals(LocalDate.of(2023, 3, 20),
                    parse(page("", article("<p>Published: 20 March 2023</p>"))).published());
        }

        @Test
        void dateOnlyMentionedInTheStoryGivesNothing() {
            assertNull(parse(page("", article("<p>On 20 March 2023 Xi flew to Moscow for a state visit that had been "
                    + "planned for months by both governments.</p>"))).published());
        }
    }

    @Nested
    class Byline {

        @Test
        void metaAuthor() {
            assertEquals("Jane Doe", parse(page("<meta name=author content='By Jane Doe'>", article(""))).byline());
        }

        @Test
        void metaAuthorThatIsAUrlIsSkipped() {
            assertNull(parse(page("<meta name=author content='https://facebook.com/x'>", article(""))).byline());
        }

        @Test
        void jsonLdAuthors() {
            String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
                    + "\"name\":\"Steve Rosenberg\"},{\"@type\":\"Person\",\"name\":\"Stephen McDonell\"}]}</script>";
            assertEquals("Steve Rosenberg and Stephen McDonell", parse(page(ld, article(""))).byline());
        }

        @Test
        void relAuthorLinks() {
            assertEquals("Jane Doe and John Roe", parse(page("", article(
                    "<div class=meta>By <a rel=author href=/a/jd>Jane Doe</a> and <a rel=author href=/a/jr>John Roe</a></div>")))
                    .byline());
        }

        @Test
        void bylineElement() {
            HtmlArticle a = parse(page("", article("<div class=byline>By Jane Doe</div>")));
            assertEquals("Jane Doe", a.byline());
            assertFalse(a.body().contains("By Jane Doe"));
        }

        @Test
        void byLineInTheText() {
            HtmlArticle a = parse(page("", article("<p>By: Tomorrow's Affairs Staff</p>")));
            assertEquals("Tomorrow's Affairs Staff", a.byline());
            assertTrue(a.body().startsWith(P1));
        }
    }

    @Nested
    class Body {

        @Test
        void articleParagraphsWithBreaksAndNoChrome() {
            String html = page("<style>p{color:red}</style><script>var x = 'Leave a Reply';</script>",
                    "<header><nav><a href=/>Home</a><a href=/world>World</a></nav></header>"
                            + "<main><article><h1>Xi arrives in Moscow</h1>"
                            + "<figure><img src=a.jpg><figcaption>Vladimir Putin and Xi Jinping in Uzbekistan in 2022</figcaption></figure>"
                            + "<p>" + P1 + "</p>"
                            + "<div class='share-tools'><a>Share</a><a>Tweet</a><a>Email</a></div>"
                            + "<h2>Putin seeks help from a friend</h2>"
                            + "<p>" + P2 + "</p>"
                            + "<div class=ad-slot>Advertisement</div><p>Advertisement</p>"
                            + "<ul><li>Option one: retreat</li><li>Option two: escalate</li></ul>"
                            + "<p>" + P3 + "</p>"
                            + "<section class=related-stories><h3>Related</h3><p>Another story about Putin</p></section>"
                            + "<form><p>Leave a Reply</p><textarea></textarea></form>"
                            + "</article><aside><h3>Most read</h3><p>Something else</p></aside></main>"
                            + "<footer><p>Copyright 2024 Example News</p></footer>");
            HtmlArticle a = parse(html);
            assertEquals(List.of("Vladimir Putin and Xi Jinping in Uzbekistan in 2022", P1, "Putin seeks help from a friend", P2,
                    "Option one: retreat", "Option two: escalate", P3), List.of(a.body().split("\n\n")));
        }

        @Test
        void densestParagraphBlockWithoutArticleElement() {
            String html = page("", "<div id=menu><p>Home</p><p>World</p></div>"
                    + "<div class=content><div class=story><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                    + "<div class=teasers><p>Short teaser one</p></div></div>"
                    + "<div class=bottom><p>Subscribe to our newsletter</p></div>");
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, parse(html).body());
        }

        @Test
        void storySplitIntoOneParagraphWrappers() {
            String html = page("", "<div class=top><p>Home</p></div><div class=story>"
                    + "<div data-component=text-block><p>" + P1 + "</p></div>"
                    + "<div data-component=text-block><p>" + P2 + "</p></div>"
                    + "<div data-component=text-block><p>" + P3 + "</p></div></div>"
                    + "<div class=promo-footer><p>Get the app for the latest news on your phone.</p></div>");
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, parse(html).body());
        }

        @Test
        void hiddenElementsAndInlineMarkupAreHandled() {
            String html = page("", "<article><p>Xi <b>met</b> <a href=#>Putin</a> in <em>Moscow</em> on Monday for a long day "
                    + "of talks.</p><p style='display:none'>Hidden promo text</p><p hidden>Also hidden</p>"
                    + "<p>" + P2 + "</p><p>" + P3 + "</p></article>");
            assertEquals("Xi met Putin in Moscow on Monday for a long day of talks.\n\n" + P2 + "\n\n" + P3, parse(html).body());
        }

        @Test
        void lineBreaksInsideAParagraphBecomeParagraphs() {
            String html = page("", "<article><p>" + P1 + "<br>" + P2 + "</p><p>" + P3 + "</p></article>");
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, parse(html).body());
        }

        @Test
        void trailingBoilerplateTextIsCut() {
            String html = page("", "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>Share this</p><p>Facebook</p>"
                    + "<p>Leave a Reply</p><p>Your email address will not be published.</p></article>");
            assertEquals(P1 + "\n\n" + P2, parse(html).body());
        }

        @Test
        void repeatedParagraphKeptOnce() {
            String html = page("", "<article><p>" + P1 + "</p><blockquote><p>" + P2 + "</p></blockquote><p>" + P2 + "</p>"
                    + "<p>" + P3 + "</p></article>");
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, parse(html).body());
        }

        @Test
        void emptyPage() {
            HtmlArticle a = parse("");
            assertEquals("", a.body());
            assertNull(a.title());
            assertNull(a.published());
        }
    }

    @Nested
    class UrlAndSite {

        @Test
        void canonicalIsResolvedAgainstTheBaseUrl() {
            HtmlArticle a = parse(page("<link rel=canonical href='/world/xi-moscow-123'>", article("")));
            assertEquals("https://www.example-news.com/world/xi-moscow-123", a.canonicalUrl());
        }

        @Test
        void ogUrlThenBaseUrl() {
            assertEquals("https://x.example/a", parse(page("<meta property=og:url content='https://x.example/a'>", article("")))
                    .canonicalUrl());
            assertEquals("https://www.example-news.com/world/xi-moscow", parse(page("", article(""))).canonicalUrl());
            assertNull(HtmlPageParser.parseArticle(page("", article("")), null).canonicalUrl());
        }

        @Test
        void siteNameFromOgThenPublisherThenHost() {
            assertEquals("Example News", parse(page("<meta property=og:site_name content='Example News'>", article("")))
                    .siteName());
            assertEquals("The Daily", parse(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                    + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily\"}}</script>", article(""))).siteName());
            assertEquals("example-news.com", parse(page("", article(""))).siteName());
        }
    }

    @Nested
    class SyntheticSitePages {

        private String resource(String path) throws java.io.IOException {
            try (var in = HtmlPageParserTest.class.getResourceAsStream(path)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }

        @Test
        void newsSiteLayout() throws Exception {
            HtmlArticle a = HtmlPageParser.parseArticle(resource("/html/bbc-like.html"), "https://www.bbc.co.uk/news/x");
            assertEquals("What to expect from China-Russia talks?", a.title());
            assertEquals(LocalDate.of(2023, 3, 20), a.published());
            assertEquals("Steve Rosenberg", a.byline()); // the page's byline beats the organisation in JSON-LD
            assertEquals("https://www.bbc.com/news/world-europe-65014154", a.canonicalUrl());
            assertEquals("BBC News", a.siteName());
            List<String> paras = List.of(a.body().split("\n\n"));
            assertEquals("Vladimir Putin and Xi Jinping (pictured together last year) are set to meet for talks in Moscow "
                    + "this week", paras.get(0));
            assertTrue(paras.contains("Putin seeks help from a friend"));
            assertTrue(paras.get(paras.size() - 1).endsWith("believes journalist Dmitri Muratov."));
            for (String junk : List.of("More on this story", "Related Topics", "Most read", "Copyright", "Home", "By Steve")) {
                assertFalse(a.body().contains(junk), junk);
            }
        }

        @Test
        void blogLayoutWithCommentForm() throws Exception {
            HtmlArticle a = HtmlPageParser.parseArticle(resource("/html/wordpress.html"), null);
            assertEquals("What to expect from China-Russia talks?", a.title());
            assertEquals(LocalDate.of(2023, 3, 20), a.published());
            assertNull(a.byline()); // "admin" is an account, not an author
            assertEquals("The Daily Observer", a.siteName());
            assertTrue(a.body().startsWith("Vladimir Putin and Xi Jinping (pictured together last year)"));
            assertTrue(a.body().contains("Analysis box by Steve Rosenberg, Russia Editor"));
            assertTrue(a.body().endsWith("believes journalist Dmitri Muratov."));
            for (String junk : List.of("Leave a Reply", "Share this", "Related", "Recent Posts", "WordPress", "Posted in",
                    "Your email address", "adsbygoogle", "Skip to content")) {
                assertFalse(a.body().contains(junk), junk);
            }
        }
    }

    @Test
    void genericAccountNamesAreNoByline() {
        assertNull(HtmlPageParser.cleanByline("admin"));
        assertNull(HtmlPageParser.cleanByline("By editor"));
        assertEquals("Jane Doe", HtmlPageParser.cleanByline("  By   Jane\n Doe "));
    }

    @Test
    void organisationAuthorIsTheLastResort() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
                + "\"name\":\"Example News\"}}</script>";
        assertEquals("Example News", parse(page(ld, article(""))).byline());
        assertEquals("Jane Doe", parse(page(ld, article("<p>By Jane Doe</p>"))).byline());
    }

    @Test
    void parsedPageHasTheFieldsAndNoSpans() {
        ParsedPage p = HtmlPageParser.parse(page("<meta property=og:title content='Xi arrives in Moscow'>"
                + "<meta name=author content='Jane Doe'><meta name=date content='2023-03-20'>", article("")), null);
        assertEquals("Xi arrives in Moscow", p.title());
        assertEquals("Jane Doe", p.byline());
        assertEquals(LocalDate.of(2023, 3, 20), p.published());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, p.body());
        assertTrue(p.bodySpans().isEmpty());
        assertEquals(-1, p.toOriginal(0));
    }

    @Test
    void nullHtmlIsRejected() {
        assertThrows(NullPointerException.class, () -> HtmlPageParser.parse(null, null));
    }
}
