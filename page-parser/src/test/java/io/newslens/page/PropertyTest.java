package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random texts built from headline, byline, date, cue and prose pieces: the parsers never fail and spans stay exact. */
class PropertyTest {

    private static final String[] PIECES = {
        "Xi arrives in Moscow", "By Jane Doe", "by Reuters 29 Jul 2017", "date 2023-03-20 ", "Published: 20 March 2023",
        "Leave a Reply", "Subscribe to Our Site", "Share this", "Related", "Google Ads 1", "Welcome back!", "Advertisement",
        "Chinese President Xi Jinping arrived in Moscow on Monday. The visit is his first since the war began.",
        "\u201CWe are friends,\u201D Putin said.", "Mr. Xi met Dr. Putin in the U.S.", "World", "News|Politics", "\u00A0",
        "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\u2028", "2023-03-20T10:15:00Z", "Monday, 20 March 2023, 10:21 GMT", ":",
        "|", "\u2014", "1.", "- ", "Updated 21 March 2023", "By", "\uFEFF", "\u200B", "\u201C", "We need your support.",
        "Analysis box by Jane Doe", "Click on the image to download", "X", "MOSCOW, March 20, 2023 (Reuters) \u2014 ",
    };

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                b.append(r.nextBoolean() ? "\n" : " ");
            }
        }
        return b.toString();
    }

    @Test
    void rawParserNeverFailsAndSpansAreExact() {
        Random r = new Random(20240521L);
        for (int i = 0; i < 3000; i++) {
            String raw = randomText(r);
            ParsedPage p = RawTextParser.parse(raw);
            assertNotNull(p.body());
            int expectedStart = 0;
            for (ParsedPage.Span s : p.bodySpans()) {
                assertTrue(s.length() > 0);
                assertTrue(s.bodyStart() >= expectedStart);
                assertEquals(raw.substring(s.originalStart(), s.originalStart() + s.length()),
                        p.body().substring(s.bodyStart(), s.bodyStart() + s.length()), raw);
                expectedStart = s.bodyStart() + s.length();
            }
            assertEquals(p.body().length(), expectedStart, raw);
            if (p.title() != null) {
                assertFalse(p.title().isBlank());
                assertTrue(RawTextParser.collapse(raw).contains(p.title()), raw);
            }
            if (p.byline() != null) {
                assertFalse(p.byline().isBlank());
            }
        }
    }

    @Test
    void rawParserIsIdempotentOnItsBody() {
        Random r = new Random(7L);
        for (int i = 0; i < 500; i++) {
            ParsedPage once = RawTextParser.parse(randomText(r));
            ParsedPage twice = RawTextParser.parse(once.body());
            // a second pass may find more to take (a headline-like first line), never something that was not there
            assertTrue(once.body().contains(twice.body()) || RawTextParser.collapse(once.body())
                    .contains(RawTextParser.collapse(twice.body())));
        }
    }

    @Test
    void htmlParserNeverFailsOnTagSoup() {
        String[] tags = {"<p>", "</p>", "<div class=share>", "</div>", "<article>", "</article>", "<br>", "<h1>", "</h1>",
            "<script type='application/ld+json'>{\"datePublished\":", "</script>", "<meta name=author content='By X'>",
            "<time datetime='2023-03-20'>", "<figure><figcaption>", "</figcaption></figure>", "<aside>", "<nav>", "&amp;", "<"};
        Random r = new Random(99L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : tags[r.nextInt(tags.length)]);
            }
            HtmlArticle a = HtmlPageParser.parseArticle(b.toString(), r.nextBoolean() ? null : "https://example.com/x");
            assertNotNull(a.body());
            assertTrue(a.toParsedPage().bodySpans().isEmpty());
        }
    }
}
