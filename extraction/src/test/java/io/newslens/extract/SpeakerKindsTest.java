package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers by kind, quote runs and quoted words that are not speech, on texts written for the purpose. */
class SpeakerKindsTest {

    private static ArticleAnalysis analyze(String body) {
        return TestEngine.get().analyze(null, body);
    }

    private static ExtractedQuote quote(ArticleAnalysis a, String startsWith) {
        for (ExtractedQuote q : a.quotes()) {
            if (q.text().startsWith(startsWith)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting with '" + startsWith + "' in " + a.quotes());
    }

    private static String speaker(ArticleAnalysis a, ExtractedQuote q) {
        ExtractedEntity e = a.speakerOf(q);
        return e == null ? null : e.name();
    }

    /** Quotes kept by the readers: the unattributed and the labels fall below the cut. */
    private static boolean reported(ExtractedQuote q) {
        return q.confidence() >= io.newslens.extract.cli.Prediction.MIN_CONFIDENCE;
    }

    @Test
    void aColonClosingTheSentenceBeforeCreditsItsSpeaker() {
        ArticleAnalysis a = analyze("The mayor, Hannah Okafor, visited the flooded streets on Sunday. She said:\n\n"
                + "\"We will rebuild every house on this road before the winter comes.\"");
        ExtractedQuote q = quote(a, "We will rebuild");
        assertEquals("Hannah Okafor", speaker(a, q));
        assertTrue(reported(q));
    }

    @Test
    void aRunOfQuotedParagraphsKeepsItsSpeakerAcrossReportedSpeech() {
        ArticleAnalysis a = analyze("\"The measures protect everyone in the district,\" Peter Wanjala said.\n\n"
                + "Wanjala further stated that the closures would last two weeks.\n\n"
                + "\"Nobody is being singled out by these rules, and nobody should say so.\"");
        ExtractedQuote q = quote(a, "Nobody is being");
        assertEquals("Peter Wanjala", speaker(a, q));
        assertTrue(reported(q));
    }

    @Test
    void anotherPersonNamedInBetweenEndsTheRun() {
        ArticleAnalysis a = analyze("\"The measures protect everyone in the district,\" Peter Wanjala said.\n\n"
                + "Health minister Grace Atieno closed the markets on Wednesday.\n\n"
                + "\"Nobody is being singled out by these rules, and nobody should say so.\"");
        ExtractedQuote q = quote(a, "Nobody is being");
        assertTrue(!reported(q) || !"Peter Wanjala".equals(speaker(a, q)), a.quotes().toString());
    }

    @Test
    void aSpokespersonNamedInAppositionSpeaksNotTheOrganisation() {
        ArticleAnalysis a = analyze("The spokesperson, Ogun State Police Command, SP Omolola Odutola, confirmed the "
                + "arrest. He said the suspects would be charged.\n\n"
                + "\"The two men were found with stolen phones and a pistol,\" he said.");
        ExtractedQuote q = quote(a, "The two men");
        assertEquals("Omolola Odutola", speaker(a, q));
    }

    @Test
    void aPostOnAPlatformCreditsThePosterNotThePlatform() {
        ArticleAnalysis a = analyze("The singer Tems wrote on Instagram: \"Thank you all for the love, I am resting "
                + "and I will be back on stage soon.\"");
        ExtractedQuote q = quote(a, "Thank you all");
        assertEquals("Tems", speaker(a, q));
    }

    @Test
    void aPlatformIsNeverASpeaker() {
        ArticleAnalysis a = analyze("\"The account broke our rules on harassment and has been suspended,\" "
                + "Twitter said.");
        ExtractedQuote q = quote(a, "The account broke");
        assertTrue(speaker(a, q) == null || !speaker(a, q).equals("Twitter"), a.quotes().toString());
    }

    @Test
    void theAgencySaidCreditsTheOrganisationTheArticleIsAbout() {
        ArticleAnalysis a = analyze("Mercy Hospital opened a new maternity wing on Monday. Mercy Hospital "
                + "expects 2,000 births there each year.\n\n"
                + "A man was injured on the building site last year.\n\n"
                + "\"Every mother deserves a safe place to give birth,\" the hospital said in a statement.");
        ExtractedQuote q = quote(a, "Every mother");
        assertEquals("Mercy Hospital", speaker(a, q));
    }

    @Test
    void quotedNamesAndTermsAreNotSpeech() {
        ArticleAnalysis a = analyze("Senator Christopher \u201cBong\u201d Go said the president had agreed. "
                + "A user named \u201cDeji Lambo.\u201d shared photos, and the band's last album \u201cNightbringers\u201d "
                + "sold well. Astronomers found \u201csuper-Earth\u201d and \u201chot Earth\u201d planets.");
        for (ExtractedQuote q : a.quotes()) {
            assertTrue(!reported(q), "reported as speech: " + q);
        }
    }
}
