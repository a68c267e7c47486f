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

    @Test
    void anOrganisationsStatementIsCreditedToItThroughARoleNounAndIt() {
        ArticleAnalysis a = analyze("Northfield Power said its crews were restoring electricity on Friday evening "
                + "after thousands of homes lost power in the storm.\n\nThe utility said in a post on social media "
                + "that it was working \u201cthrough the night to reach every last customer.\u201d It apologized "
                + "\u201cfor the trouble this has caused our neighbours.\u201d");
        ExtractedQuote first = quote(a, "through the night");
        assertEquals("Northfield Power", speaker(a, first));
        assertTrue(reported(first));
        ExtractedQuote second = quote(a, "for the trouble");
        assertEquals("Northfield Power", speaker(a, second));
        assertTrue(reported(second));
    }

    @Test
    void anOrganisationThatTweetsIsFoundBySpeechVerbAndItsHeadNoun() {
        ArticleAnalysis a = analyze("Passengers were told not to travel before 9am.\n\n\u201cFirst trains will "
                + "leave later than usual and will be very crowded,\u201d Riverline Trains tweeted on Monday.");
        ExtractedQuote q = quote(a, "First trains");
        assertEquals("Riverline Trains", speaker(a, q));
        ExtractedEntity e = a.speakerOf(q);
        assertEquals(EntityType.ORGANIZATION, e.type());
    }
    @Test
    void aLaterFragmentInTheSentenceOfAnAttributedQuoteHasItsSpeaker() {
        ArticleAnalysis a = analyze("In a statement, the Harbour Authority said the ferry \u201creported a fault in "
                + "one engine\u201d shortly after leaving, turned back to port and \u201cdocked without further "
                + "trouble at 9:40 pm.\u201d");
        ExtractedQuote q = quote(a, "docked without");
        assertEquals("Harbour Authority", speaker(a, q));
        assertTrue(reported(q));
    }
    @Test
    void aDashAfterTheQuoteThenANameCreditsThatName() {
        ArticleAnalysis a = analyze("QUOTE OF THE DAY: \"He gave me some good ideas and helped me to improve my "
                + "game\". - Petrova on her coach, former champion Daniel Moreau.");
        ExtractedQuote q = quote(a, "He gave me");
        assertEquals("Petrova", speaker(a, q));
        assertTrue(reported(q));
        for (ExtractedEntity e : a.entities()) {
            assertTrue(!e.name().startsWith("-"), "a dash in a name: " + a.entities());
        }
    }

    @Test
    void anOrganisationWhoseNameHasADirectionWordIsFoundByItsSpeechVerb() {
        ArticleAnalysis a = analyze("North Eastern Railway urged passengers not to travel before 8am on Tuesday.");
        boolean found = false;
        for (ExtractedEntity e : a.entities()) {
            found |= e.name().equals("North Eastern Railway") && e.type() == EntityType.ORGANIZATION;
        }
        assertTrue(found, a.entities().toString());
    }

    @Test
    void theyAfterASpokespersonIsTheSpokesperson() {
        ArticleAnalysis a = analyze("Some ferries were cancelled on Friday after a storm.\n\n"
                + "A Harbour Ferries Company spokesperson said that most crossings were running as normal.\n\n"
                + "\u201cWe intend to run a full timetable on Saturday,\u201d they said.\n\n"
                + "\u201cWe apologise to anyone whose journey was disrupted.\u201d");
        assertEquals("Harbour Ferries Company", speaker(a, quote(a, "We intend")));
        assertEquals("Harbour Ferries Company", speaker(a, quote(a, "We apologise")));
    }

    @Test
    void theyOfManyOrAfterAPersonIsNotTheSpokesperson() {
        ArticleAnalysis a = analyze("A Harbour Ferries Company spokesperson said crossings were running.\n\n"
                + "Passengers Tom Ellery and Ruth Danes waited for four hours.\n\n"
                + "\u201cNobody told us anything,\u201d they said.");
        assertTrue(!"Harbour Ferries Company".equals(speaker(a, quote(a, "Nobody told"))), a.quotes().toString());
    }
}
