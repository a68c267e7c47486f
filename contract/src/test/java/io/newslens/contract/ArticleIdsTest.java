package io.newslens.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Ids and revisions are stored, so {@link ArticleIds#normaliseText} must give exactly what its first, regex-based
 * definition gave: it is checked here against that definition on hand-picked and random texts.
 */
class ArticleIdsTest {

    /** The definition ids and revisions were first computed with. */
    private static String byRegex(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whitespace of every kind, quotes, compatibility forms, case specials, combining marks, surrogate pairs. */
    private static final String[] PIECES = {
        " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0085", "\u1680", "\u200B",
        "\u2018", "\u2019", "\u201c", "\u201d", "'", "\"", "\uFB01", "\uFF21", "\u00BD", "\u2460", "\u0130", "\u03A3", "\u00DF",
        "e\u0301", "\u00E9", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "A", "b", "Z", "\u00C5", "\u212B", "-", ".", "9", "\u0000",
        "\u1E9E", "\u01C5", "\u0391", "\u03C3", "\u03C2", "\u0410", "\u0531", "\u10A0", "\u2C00", "\uFF41", "\u212A", "\u2126",
        "\uD801\uDC00", "\uD801", "\uDC00", "\u00C0", "\u0178", "\u1F88", "\u0049", "\u0069\u0307", "\u00B5", "\u2160", "\u24B6",
        "\u0345", "\u1E00", "\uA640", "\u0100", "\u00FF", "\u00D7", "\u2014", "\u20AC", "\u4E2D",
    };

    @Test
    void handPickedTextsNormaliseAsTheRegexDefinitionDoes() {
        for (String s : List.of("", " ", "   \t\n ", "Xi  meets\tPutin\n\nin  Moscow ", "\u00A0lead and trail\u2003",
                "a\u00A0 \u00A0b", "\u201cQuoted,\u201d he said \u2018twice\u2019", "\uFB01nal \uFF21BC \u00BD", "\u0130stanbul \u03A3\u039F\u03A3",
                "x \u000B\f\r y", "line\u2028sep", "\u3000ideographic\u3000space\u3000", "\u039F\u0394\u039F\u03A3 \u03A3",
                "A\u03A3 \u03A3A", "\uD801\uDC00BC", "DEUTSCHE STRA\u1E9EE", "Ca\u0130 TITLE")) {
            assertEquals(byRegex(s), ArticleIds.normaliseText(s), () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
        assertEquals("", ArticleIds.normaliseText(null));
    }

    @Test
    void randomTextsNormaliseAsTheRegexDefinitionDoes() {
        Random random = new Random(20261201);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            assertEquals(byRegex(s), ArticleIds.normaliseText(s), () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void seedArticlesNormaliseAsTheRegexDefinitionDoes() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertFalse(seeds.isEmpty(), "no seed articles found in ../seeds");
        for (Path p : seeds) {
            String text = Files.readString(p);
            assertEquals(byRegex(text), ArticleIds.normaliseText(text), p.toString());
        }
    }

    @Test
    void revisionsIgnoreCaseSpacingAndQuoteStyleOnly() {
        assertEquals(ArticleIds.revisionOf("Xi meets Putin", "He said \u201cyes\u201d."),
                ArticleIds.revisionOf("  xi  MEETS putin", "he said\n\"yes\"."));
        assertFalse(ArticleIds.revisionOf("t", "one").equals(ArticleIds.revisionOf("t", "one.")));
    }
}
