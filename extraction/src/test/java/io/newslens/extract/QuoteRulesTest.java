package io.newslens.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote spans and speaker attribution on small texts written for the purpose. */
class QuoteRulesTest {

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

    @Test
    void straightQuoteWithSpeakerAfter() {
        ArticleAnalysis a = analyze("\"We will win this election,\" said Angela Merkel on Tuesday.");
        ExtractedQuote q = quote(a, "We will win");
        assertEquals("We will win this election,", q.text());
        assertEquals("Angela Merkel", speaker(a, q));
        assertEquals("said", q.cue());
        assertFalse(q.block());
    }

    @Test
    void curlyQuoteWithSpeakerBeforeAndColon() {
        ArticleAnalysis a = analyze("Boris Johnson told reporters: “The deal is done and it is a good one.”");
        ExtractedQuote q = quote(a, "The deal");
        assertEquals("Boris Johnson", speaker(a, q));
        assertEquals("told", q.cue());
    }

    @Test
    void offsetsPointIntoTheBody() {
        String body = "Mr Smith arrived late. \"It was raining,\" Jane Smith said. “Nobody minded,” she added.";
        ArticleAnalysis a = analyze(body);
        assertEquals(2, a.quotes().size());
        for (ExtractedQuote q : a.quotes()) {
            assertEquals(q.text(), body.substring(q.start(), q.end()));
        }
    }

    @Test
    void splitQuoteIsTwoQuotesOfOneSpeaker() {
        ArticleAnalysis a = analyze("“It is Russian-Chinese relations,” Vladimir Putin wrote, “that today represent the "
                + "cornerstone of global stability.”");
        ExtractedQuote first = quote(a, "It is Russian");
        ExtractedQuote second = quote(a, "that today");
        assertEquals("Vladimir Putin", speaker(a, first));
        assertEquals("Vladimir Putin", speaker(a, second));
    }

    @Test
    void pronounSpeakerResolvesToTheNamedPerson() {
        ArticleAnalysis a = analyze("Kimberly Walsh runs the shelter in Leeds. She opened it in 2010.\n\n"
                + "\"We are full every night,\" she said.");
        assertEquals("Kimberly Walsh", speaker(a, quote(a, "We are full")));
    }

    @Test
    void pronounFollowsTheSubjectNotTheObject() {
        ArticleAnalysis a = analyze("Claude Eerdekens named the player on Friday. He conceded Maria Petrova might have "
                + "taken a medicine. \"We have simply stated a fact,\" he said.");
        assertEquals("Claude Eerdekens", speaker(a, quote(a, "We have simply")));
    }

    @Test
    void roleNounResolvesToPersonWithThatNationality() {
        ArticleAnalysis a = analyze("Chinese President Xi Jinping met Vladimir Putin in Moscow. "
                + "“We are old friends,” the Chinese leader said.");
        assertEquals("Xi Jinping", speaker(a, quote(a, "We are old friends")));
    }

    @Test
    void accordingToNamesTheSpeaker() {
        ArticleAnalysis a = analyze("The plan \"will not survive the winter\", according to Fiona Hill of the "
                + "Brookings Institution.");
        assertEquals("Fiona Hill", speaker(a, quote(a, "will not survive")));
        assertEquals("according to", quote(a, "will not survive").cue());
    }

    @Test
    void quoteRunningOnWithoutClosingMarkKeepsItsSpeaker() {
        ArticleAnalysis a = analyze("Jon Walton said: \"It has been phenomenal. \"Every week footfall has been "
                + "showing strong growth.\" Annie Walker said the shops were busy.");
        ExtractedQuote first = quote(a, "It has been phenomenal");
        ExtractedQuote second = quote(a, "Every week");
        assertEquals("Jon Walton", speaker(a, first));
        assertEquals("Jon Walton", speaker(a, second));
    }

    @Test
    void quoteContinuedInTheNextParagraphKeepsItsSpeaker() {
        ArticleAnalysis a = analyze("\"The first point is simple,\" said Alan Jones of the Retail Association.\n\n"
                + "\"The second point is that people are still shopping online.\"");
        assertEquals("Alan Jones", speaker(a, quote(a, "The second point")));
    }

    @Test
    void organisationSpokesmanIsCreditedToTheOrganisation() {
        ArticleAnalysis a = analyze("A spokesman for the Association of Payment and Clearing Services said the risk "
                + "was small. \"There is no concern,\" he said.");
        assertEquals("Association of Payment and Clearing Services", speaker(a, quote(a, "There is no concern")));
    }

    @Test
    void scareQuotesWithoutAttributionAreLowConfidence() {
        ArticleAnalysis a = analyze("The evening bulletins blame the \"West\" for the conflict in Ukraine.");
        ExtractedQuote q = quote(a, "West");
        assertTrue(q.confidence() < 0.5, "confidence " + q.confidence());
    }

    @Test
    void blockQuoteAfterLeadInEndsAtSource() {
        String body = "As David Pierson summarized for The New York Times, the two leaders stood together:\n\n"
                + "The talks were a show of solidarity. They lasted two days.\n\n"
                + "Both men praised each other. [Source]\n\nThe next paragraph is ordinary text.";
        ArticleAnalysis a = analyze(body);
        ExtractedQuote block = null;
        for (ExtractedQuote q : a.quotes()) {
            if (q.block()) {
                block = q;
            }
        }
        assertNotNull(block, "no block quote in " + a.quotes());
        assertTrue(block.text().startsWith("The talks were a show of solidarity."));
        assertTrue(block.text().endsWith("praised each other."), block.text());
        assertEquals("David Pierson", speaker(a, block));
    }

    @Test
    void nestedSingleQuotesStayInsideTheirQuote() {
        ArticleAnalysis a = analyze("“They call it a ‘special operation’ and nothing else,” said Dmitri Muratov.");
        List<ExtractedQuote> qs = a.quotes();
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Dmitri Muratov", speaker(a, qs.get(0)));
    }

    @Test
    void multiParagraphQuoteWithoutClosingMark() {
        ArticleAnalysis a = analyze("Sarah Connor said: \"The first paragraph of what she said goes here.\n\n"
                + "\"The second paragraph closes the quote.\"");
        assertEquals("Sarah Connor", speaker(a, quote(a, "The first paragraph")));
        assertEquals("Sarah Connor", speaker(a, quote(a, "The second paragraph")));
    }

    @Test
    void quotedTitlesAreLowConfidence() {
        ArticleAnalysis a = analyze("Gideon Rachman wrote an op-ed titled, “The relationship is built to last.”");
        ExtractedQuote q = quote(a, "The relationship");
        assertTrue(q.confidence() < 0.5, "confidence " + q.confidence());
    }

    @Test
    void colonLeadInWithoutSourceMarkerMakesABlock() {
        ArticleAnalysis a = analyze("Analyst Maria Lopez wrote in her newsletter:\n\n"
                + "The market has turned. Prices will fall further this year.\n\nThat was in May.");
        ExtractedQuote block = null;
        for (ExtractedQuote q : a.quotes()) {
            if (q.block()) {
                block = q;
            }
        }
        assertNotNull(block, a.quotes().toString());
        assertTrue(block.text().startsWith("The market has turned."), block.text());
        assertEquals("Maria Lopez", speaker(a, block));
    }

    @Test
    void spokesmanNamedInAppositionIsThePerson() {
        ArticleAnalysis a = analyze("It was busy at the Westfield Centre. Spokesman Alan Jones said sales were up. "
                + "\"We are very busy,\" he said.");
        assertEquals("Alan Jones", speaker(a, quote(a, "We are very busy")));
    }

    @Test
    void spokesmanForAnOrganisationSpeaksForIt() {
        ArticleAnalysis a = analyze("A spokesman for the Home Office said it was wrong to suggest that the plan was "
                + "to return children \"and leave them there\".");
        assertEquals("Home Office", speaker(a, quote(a, "and leave them")));
    }

    @Test
    void sentenceSplitAfterExclamationMarkInANameDoesNotLoseTheSpeaker() {
        ArticleAnalysis a = analyze("Brett Lock of gay group OutRage! said they were \"wiping the slate clean\".");
        assertEquals("Brett Lock", speaker(a, quote(a, "wiping the slate")));
    }

    @Test
    void roleNounWithAnOrganisationModifierResolvesToThePerson() {
        ArticleAnalysis a = analyze("Keir Starmer promised to scrap tuition fees.\n\nSpeaking at a rally in Leeds on "
                + "Saturday, the Labour leader said: 'Education should be free for everyone.'");
        assertEquals("Keir Starmer", speaker(a, quote(a, "Education should")));
    }

    @Test
    void unnamedSpokespersonOfAnUnrecognisedPartyIsNotGuessed() {
        ArticleAnalysis a = analyze("The Institute for Fiscal Studies said the plan would cost money. Paul Johnson said: "
                + "\"There is no free lunch.\" A Conservative party spokesperson said the proposal was \"reckless\".");
        ExtractedQuote q = quote(a, "reckless");
        assertTrue(q.speakerIndex() == null || !"Institute for Fiscal Studies".equals(speaker(a, q)), q.toString());
    }

    @Test
    void institutionNounIsNeverResolvedToAPerson() {
        ArticleAnalysis a = analyze("Maria Gonzalez met the minister on Monday. \"We have no plans to change the law,\" "
                + "the ministry said.");
        ExtractedQuote q = quote(a, "We have no plans");
        assertTrue(!"Maria Gonzalez".equals(speaker(a, q)), q.toString());
    }

    @Test
    void strayOpeningSingleMarkStartsTheNextQuote() {
        ArticleAnalysis a = analyze("\"It should be decided case by case,\" Laura Brownlees said. \"We do not think "
                + "there are structures in place. 'If these decisions are wrong, the child has no choice.\"");
        assertEquals("Laura Brownlees", speaker(a, quote(a, "We do not think")));
        assertEquals("Laura Brownlees", speaker(a, quote(a, "If these decisions")));
    }

    @Test
    void personAfterAnOrganisationInHisTitleSpeaks() {
        ArticleAnalysis a = analyze("\"The vote is a turning point,\" said Senate Majority Leader Maria Alvarez, a "
                + "Democrat from Pueblo. \"For thirty years we told them to wait.\"");
        assertEquals("Maria Alvarez", speaker(a, quote(a, "The vote")));
        assertEquals("Maria Alvarez", speaker(a, quote(a, "For thirty years")));
    }

    @Test
    void nameInAppositionToARoleNounSpeaks() {
        ArticleAnalysis a = analyze("Oliver Grant scored twice for Leeds United on Saturday.\n\n"
                + "\"We were brave with the ball,\" the Leeds manager, Daniel Farke, said.");
        assertEquals("Daniel Farke", speaker(a, quote(a, "We were brave")));
    }

    @Test
    void quoteRunningOverParagraphsTakesTheSpeakerOfItsLastPart() {
        ArticleAnalysis a = analyze("The mayor of Lismore, Sarah Patel, visited the evacuation centre.\n\n"
                + "\"People here have been through this too many times. They know what to do.\n\n"
                + "\"I am asking everyone to leave early if they are told to go,\" she said.");
        ExtractedQuote first = quote(a, "People here");
        assertEquals("Sarah Patel", speaker(a, first));
        assertTrue(first.confidence() >= 0.5, "reported, not dropped as an unattributed quote");
        assertEquals("Sarah Patel", speaker(a, quote(a, "I am asking")));
    }

    @Test
    void secondOfTwoQuotesJoinedByAndHasTheSameSpeaker() {
        ArticleAnalysis a = analyze("Lena Fischer said in a statement that she was \"over the moon\" and \"just grateful "
                + "to be in the room with these people.\"");
        assertEquals("Lena Fischer", speaker(a, quote(a, "over the moon")));
        ExtractedQuote second = quote(a, "just grateful");
        assertEquals("Lena Fischer", speaker(a, second));
        assertTrue(second.confidence() >= 0.5);
    }

    @Test
    void theSpeakerHoldsAcrossALongApposition() {
        ArticleAnalysis a = TestEngine.get().analyze("Probe finds ice",
                "\"We now have convincing evidence of ice at the pole,\" Dana Whitlow, astronaut and associate "
                        + "administrator of the agency's Planetary Science Mission Directorate in Houston, said in a "
                        + "news release.");
        ExtractedQuote q = quote(a, "We now have");
        assertEquals("Dana Whitlow", speaker(a, q));
    }
}
