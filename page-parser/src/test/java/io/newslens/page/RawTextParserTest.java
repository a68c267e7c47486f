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

class RawTextParserTest {

    private static final String PARA1 = "Chinese President Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin. "
            + "The visit is his first since the invasion of Ukraine.";
    private static final String PARA2 = "\u201CWe are friends,\u201D Putin said, adding that the two countries would sign "
            + "several agreements during the three-day visit.";
    private static final String PARA3 = "Analysts expect few concrete results from the meeting, which comes a year after "
            + "the two leaders declared a partnership with no limits.";

    private static ParsedPage parse(String raw) {
        ParsedPage p = RawTextParser.parse(raw);
        assertSpansExact(raw, p);
        return p;
    }

    /** Every span copies raw text exactly and toOriginal agrees with it at both ends. */
    static void assertSpansExact(String raw, ParsedPage p) {
        for (ParsedPage.Span s : p.bodySpans()) {
            assertEquals(raw.substring(s.originalStart(), s.originalStart() + s.length()),
                    p.body().substring(s.bodyStart(), s.bodyStart() + s.length()));
            assertEquals(s.originalStart(), p.toOriginal(s.bodyStart()));
            assertEquals(s.originalStart() + s.length() - 1, p.toOriginal(s.bodyStart() + s.length() - 1));
            assertEquals(s.originalStart() + s.length(), p.toOriginal(s.bodyStart() + s.length())); // exclusive end
        }
    }

    private static List<String> paragraphs(ParsedPage p) {
        return p.body().isEmpty() ? List.of() : List.of(p.body().split("\n\n"));
    }

    @Nested
    class Headline {

        @Test
        void shortFirstLineFollowedByParagraphIsTheHeadline() {
            ParsedPage p = parse("Xi arrives in Moscow for talks\n\n" + PARA1 + "\n\n" + PARA2);
            assertEquals("Xi arrives in Moscow for talks", p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void aSectionLabelBeforeTheHeadlineIsNotTheHeadline() {
            ParsedPage p = parse("Local News\n\nXi arrives in Moscow for talks\n\n" + PARA1 + "\n\n" + PARA2);
            assertEquals("Xi arrives in Moscow for talks", p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void aSitesNameAndASectionAroundTheHeadlineWithBarsAreNotTheHeadline() {
            assertEquals("Xi arrives in Moscow for talks",
                    parse("Xi arrives in Moscow for talks | The Dunmore Herald\n\n" + PARA1).title());
            assertEquals("Xi arrives in Moscow for talks", parse("World | Xi arrives in Moscow for talks\n\n" + PARA1).title());
            assertEquals("Xi arrives in Moscow | talks begin on Tuesday at the Kremlin",
                    parse("Xi arrives in Moscow | talks begin on Tuesday at the Kremlin\n\n" + PARA1).title());
        }

        @Test
        void headlineWithQuestionMark() {
            assertEquals("What will Xi bring to Moscow?", parse("What will Xi bring to Moscow?\n\n" + PARA1).title());
        }

        @Test
        void leadingBlankAndWhitespaceLinesAreSkipped() {
            ParsedPage p = parse("\n\n  \n\t\nXi arrives in Moscow\n\n" + PARA1);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void firstLineThatIsAParagraphOfSentencesIsNotAHeadline() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2);
            assertNull(p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void longSingleSentenceLedeIsNotAHeadline() {
            String lede = "Shops all over the country reported strong sales on the last Saturday before the holidays with "
                    + "record numbers.";
            ParsedPage p = parse(lede + "\n\n" + PARA1);
            assertNull(p.title());
            assertTrue(p.body().startsWith(lede));
        }

        @Test
        void singleLineTextHasNoHeadline() {
            ParsedPage p = parse("Xi arrives in Moscow");
            assertNull(p.title());
            assertEquals("Xi arrives in Moscow", p.body());
        }

        @Test
        void lineStartingLowerCaseIsNotAHeadline() {
            ParsedPage p = parse("and then the talks began\n\n" + PARA1);
            assertNull(p.title());
        }

        @Test
        void headlineWithAbbreviationsIsOneSentence() {
            assertEquals("U.S. warns China over Mr. Putin's war",
                    parse("U.S. warns China over Mr. Putin's war\n\n" + PARA1).title());
        }

        @Test
        void headlineIsTrimmedAndCrlfHandled() {
            ParsedPage p = parse("  Xi arrives in Moscow \r\n\r\n" + PARA1 + "\r\n");
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void leadingSiteChromeBeforeHeadlineIsDropped() {
            ParsedPage p = parse("Skip to content\nMenu\n\nXi arrives in Moscow\n\n" + PARA1);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void menuRunBeforeHeadlineIsSkipped() {
            ParsedPage p = parse("Print subscriptions\nSign in\nWorld\nEurope\nUS news\n\nChina\n"
                    + "This article is more than 1 year old\nXi and Putin hail new era of ties\n" + PARA1 + "\n" + PARA2);
            assertEquals("Xi and Putin hail new era of ties", p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void breadcrumbAndSectionLabelAreNotHeadlines() {
            assertEquals("Putin and Xi pledge deeper ties",
                    parse("News|Politics\nPutin and Xi pledge deeper ties\n" + PARA1).title());
            assertEquals("Putin and Xi pledge deeper ties",
                    parse("Opinion\n\nPutin and Xi pledge deeper ties\n\n" + PARA1).title());
        }

        @Test
        void twoWordHeadlineBeforeStandfirstIsKept() {
            ParsedPage p = parse("Brexit chaos\n\nMPs reject the deal for a third time\n\n" + PARA1);
            assertEquals("Brexit chaos", p.title());
            assertTrue(p.body().startsWith("MPs reject the deal"));
        }

        @Test
        void shortFirstLineDirectlyBeforeProseIsTheHeadline() {
            assertEquals("Brexit chaos", parse("Brexit chaos\n\n" + PARA1).title());
        }

        @Test
        void navRunDirectlyBeforeProseGivesNoHeadline() {
            ParsedPage p = parse("World\nEurope\nAsia\n" + PARA1 + "\n" + PARA2);
            assertNull(p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void headlineRepeatedInBodyIsDroppedThere() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nXi arrives in Moscow\n\n" + PARA1);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }
    }

    @Nested
    class Published {

        @Test
        void leadingDatePrefixOnTheFirstParagraph() {
            String raw = " date 2023-03-20 It\u2019s the 40th time the two leaders have met. " + PARA1 + "\n\n" + PARA2;
            ParsedPage p = parse(raw);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertNull(p.title());
            assertTrue(p.body().startsWith("It\u2019s the 40th time"));
            assertEquals(raw.indexOf("It\u2019s"), p.toOriginal(0));
        }

        @Test
        void dateLabelAloneOnItsLineThenHeadline() {
            ParsedPage p = parse("date 2023-03-20\n\nXi arrives in Moscow\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void publishedLabelAfterHeadline() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nPublished: 20 March 2023\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void publishedWithUpdatedClauseIsDroppedWhole() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nPublished March 20, 2023 | Updated March 21, 2023\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void onlyAnUpdatedDateIsNotThePublicationDate() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nLast updated 21 March 2023\n\n" + PARA1);
            assertNull(p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void lineThatIsOnlyADateWithWeekdayAndTime() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nMonday, 20 March 2023, 10:21 GMT\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void isoDatetimeLine() {
            ParsedPage p = parse("Xi arrives in Moscow\n2023-03-20T10:15:00+01:00\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void dateMentionedInTheStoryIsNotThePublicationDate() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nThe two leaders last met on 4 February 2022 in Beijing. " + PARA1
                    + "\n\nOn March 20, 2023 they met again.");
            assertNull(p.published());
        }

        @Test
        void dateLaterInTheTextOnItsOwnLineIsNotThePublicationDate() {
            StringBuilder raw = new StringBuilder("Xi arrives in Moscow\n\n" + PARA1 + "\n\n");
            raw.append(PARA2).append("\n\n20 March 2023\n\n").append(PARA3);
            assertNull(parse(raw.toString()).published());
        }

        @Test
        void datelineWithYearOpeningTheStory() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nMOSCOW, March 20, 2023 (Reuters) \u2014 " + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertTrue(p.body().startsWith("MOSCOW, March 20, 2023 (Reuters)"));
        }

        @Test
        void datelineWithoutDateGivesNothing() {
            ParsedPage p = parse("Beijing () \u2013 " + PARA1);
            assertNull(p.published());
            assertTrue(p.body().startsWith("Beijing () \u2013"));
        }

        @Test
        void dateLineWithRelativeUpdateClause() {
            ParsedPage p = parse("Xi tells Putin China is ready\n\nBy Jane Doe and John Roe\n"
                    + "March 21, 2023 6:45 PM GMT Updated 2 years ago\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 21), p.published());
            assertEquals("Jane Doe and John Roe", p.byline());
            assertEquals(PARA1, p.body());
        }

        @Test
        void agencyStyleUpdatedLineOnlyGivesNoDate() {
            ParsedPage p = parse("BY JANE DOE\nUpdated 4:12 PM UTC, March 21, 2023\n\nMOSCOW (AP) \u2014 " + PARA1);
            assertNull(p.published());
            assertEquals("JANE DOE", p.byline());
            assertTrue(p.body().startsWith("MOSCOW (AP)"));
        }

        @Test
        void captionWithADateIsStoryText() {
            String caption = "Xi Jinping and Vladimir Putin in Moscow, 20 March 2023";
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + caption + "\n\n" + PARA1);
            assertNull(p.published());
            assertEquals(List.of(caption, PARA1), paragraphs(p));
        }

        @Test
        void placeAndDateLine() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nMoscow, 20 March 2023\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void nameAndDateMetadataLine() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nJane Doe | 20 Mar 2023 14:05\n\n" + PARA1);
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(PARA1, p.body());
        }
    }

    @Nested
    class Byline {

        @Test
        void bylineWithColonBeforeHeadline() {
            ParsedPage p = parse("\n\n\nBy: Tomorrow's Affairs Staff\n\nUnrequited friendship - an epilogue\n\n\n" + PARA1);
            assertEquals("Tomorrow's Affairs Staff", p.byline());
            assertEquals("Unrequited friendship - an epilogue", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void bylineAfterHeadline() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nBy Jane Doe\n\n" + PARA1);
            assertEquals("Jane Doe", p.byline());
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(PARA1, p.body());
        }

        @Test
        void agencyBylineWithDate() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nby Reuters 29 Jul 2017\n\n" + PARA1);
            assertEquals("Reuters", p.byline());
            assertEquals(LocalDate.of(2017, 7, 29), p.published());
            assertEquals(PARA1, p.body());
        }

        @Test
        void bylineWithDateThenStoryOnTheSameLine() {
            String raw = "Xi arrives in Moscow\n\nby Agency 29 Jul 2017 " + PARA1;
            ParsedPage p = parse(raw);
            assertEquals("Agency", p.byline());
            assertEquals(LocalDate.of(2017, 7, 29), p.published());
            assertEquals(PARA1, p.body());
            assertEquals(raw.indexOf(PARA1), p.toOriginal(0));
        }

        @Test
        void twoAuthorsAndOutlet() {
            ParsedPage p = parse("Xi arrives in Moscow\n\nBy Jane Doe and John van der Berg, BBC News\n\n" + PARA1);
            assertEquals("Jane Doe and John van der Berg, BBC News", p.byline());
        }

        @Test
        void sentenceStartingWithByIsStory() {
            String lede = "By the time Xi landed in Moscow, Putin had already promised a warm welcome.";
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + lede + "\n\n" + PARA1);
            assertNull(p.byline());
            assertTrue(p.body().startsWith(lede));
        }

        @Test
        void bylineDeepInTheStoryIsLeftAlone() {
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + PARA1 + "\n\n" + PARA2 + "\n\nBy Jane Doe\n\n" + PARA3);
            assertNull(p.byline());
            assertTrue(p.body().contains("By Jane Doe"));
        }

        @Test
        void bylineAndDateRightAfterALongStandfirst() {
            String standfirst = "The Chinese leader arrives for a three-day state visit as Russia seeks support amid its "
                    + "isolation over the war in Ukraine";
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + standfirst + "\n\nBy Jane Doe\n20 March 2023\n\n" + PARA1);
            assertEquals("Jane Doe", p.byline());
            assertEquals(LocalDate.of(2023, 3, 20), p.published());
            assertEquals(List.of(standfirst, PARA1), paragraphs(p));
        }
    }

    @Nested
    class Repeats {

        @Test
        void repeatedBoxLineKeptOnce() {
            String box = "Analysis box by Jane Doe, Russia Editor";
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + PARA1 + "\n\n" + box + "\n\n" + box + "\n\n" + PARA2);
            assertEquals(List.of(PARA1, box, PARA2), paragraphs(p));
        }

        @Test
        void repeatIsDetectedUpToWhitespace() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA2.replace(" ", "  ") + "\n\n" + PARA3);
            assertEquals(List.of(PARA1, PARA2, PARA3), paragraphs(p));
        }

        @Test
        void nonAdjacentRepeatIsDroppedToo() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3 + "\n\n" + PARA2);
            assertEquals(List.of(PARA1, PARA2, PARA3), paragraphs(p));
        }
    }

    @Nested
    class Boilerplate {

        @Test
        void commentFormAfterTheStory() {
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + PARA1 + "\n\n" + PARA2 + "\n\n\nShow More\n\nLeave a Reply\n\n"
                    + "Your email address will not be published. Required fields are marked *\n\nBack to top button");
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void siteTailWithAProseBlurbInsideIsRemoved() {
            String raw = PARA1 + "\n\n" + PARA2 + "\n\nOUR EBOOKS\n\nSubscribe to Our Site\n\nSUPPORT US\n\n"
                    + "Browsers Unbounded\n\nNow, you can help readers in a new way: by toggling the switch below while "
                    + "browsing our site, you provide a bridge for people who want to read freely. It is open source.\n\n"
                    + "Google Ads 1\n\nGiving Assistant\n\nGoogle Ads 2\n\nClick on the image to download the app\n\n"
                    + "Open popup\nX\n\nWelcome back!\n\nWe are a non-profit media site, and we need your support. Your "
                    + "contribution will help us provide more content you love.";
            ParsedPage p = parse(raw);
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void shareRelatedAndCommentsLines() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2 + "\n\nShare this\n\nFacebook\nTwitter\nEmail\n\nRelated\n\n"
                    + "Xi and Putin meet again\n\nComments");
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void cookieNoticeAtTheEnd() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2 + "\n\nWe use cookies to improve your experience on our site.\n\n"
                    + "Accept all cookies");
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void topicListAndShareToolsAfterTheStory() {
            ParsedPage p = parse(PARA1 + "\n" + PARA2 + "\nExplore more on these topics\nChina\nXi Jinping\nVladimir Putin\n"
                    + "Russia\nnews\nShare\nReuse this content\nMost viewed");
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void trailingRunOfShortLinksWithoutCues() {
            ParsedPage p = parse(PARA1 + "\n\n" + PARA2 + "\n\nXi lands in Moscow\nPutin's war economy\nChina's peace plan\n"
                    + "Ukraine latest\nEurope's gas crisis");
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void trailingListIntroducedByTheStoryIsKept() {
            String raw = PARA1 + "\n\nKey dates:\n\nBorn 1952\nKGB officer\nPresident in 2000\nRe-elected in 2024";
            assertEquals(6, parse(raw).bodySpans().size());
            String bulleted = PARA1 + "\n\n- Retreat\n- Escalate\n- Wait\n- Negotiate";
            assertEquals(5, parse(bulleted).bodySpans().size());
        }

        @Test
        void copyrightLineAtTheEnd() {
            ParsedPage p = parse(PARA1 + "\n\nCopyright 2023 The Associated Press. All Rights Reserved.");
            assertEquals(PARA1, p.body());
        }

        @Test
        void storyEndingWithShortLinesAndNoCueIsKept() {
            ParsedPage p = parse(PARA1 + "\n\nHis options:\n\n1. Retreat\n\n2. Escalate\n\n3. Wait");
            assertEquals(List.of(PARA1, "His options:", "1. Retreat", "2. Escalate", "3. Wait"), paragraphs(p));
        }

        @Test
        void lastStoryParagraphAfterASubheadingSurvivesAShareLine() {
            ParsedPage p = parse(PARA1 + "\n\nWhat comes next\n\n" + PARA2 + "\n\nShare this");
            assertEquals(List.of(PARA1, "What comes next", PARA2), paragraphs(p));
        }

        @Test
        void creditLineAtTheEndIsKept() {
            ParsedPage p = parse(PARA1 + "\n\nThanks to Jane Doe for copy editing this article.");
            assertTrue(p.body().endsWith("Thanks to Jane Doe for copy editing this article."));
        }

        @Test
        void quotedAppealInTheStoryIsKept() {
            String last = "\u201CWe need your support,\u201D Zelensky told the summit.";
            ParsedPage p = parse(PARA1 + "\n\n" + last);
            assertTrue(p.body().endsWith(last));
        }

        @Test
        void adLinesInsideTheStoryAreDropped() {
            ParsedPage p = parse(PARA1 + "\n\nAdvertisement\n\n" + PARA2 + "\n\nRead more: Xi lands in Moscow\n\n" + PARA3);
            assertEquals(List.of(PARA1, PARA2, PARA3), paragraphs(p));
        }

        @Test
        void imageSourceAndCaptionLabelsGoTheCaptionStays() {
            String caption = "Xi and Putin have met about 40 times";
            ParsedPage p = parse("Xi arrives in Moscow\n\nImage source, Getty Images\nImage caption,\n" + caption + "\n" + PARA1);
            assertEquals(List.of(caption, PARA1), paragraphs(p));
        }

        @Test
        void newspaperChromeAroundTheHeadline() {
            ParsedPage p = parse("Supported by\n\nSKIP ADVERTISEMENT\n\nXi arrives in Moscow\n\nShare full article\n\n"
                    + PARA1 + "\n\n" + PARA2);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(List.of(PARA1, PARA2), paragraphs(p));
        }

        @Test
        void captionsAreKept() {
            String caption = "Vladimir Putin and Xi Jinping (pictured together last year) are set to meet in Moscow";
            ParsedPage p = parse("Xi arrives in Moscow\n\n" + caption + "\n\n" + PARA1 + "\n\n" + PARA2);
            assertEquals(List.of(caption, PARA1, PARA2), paragraphs(p));
        }
    }

    @Nested
    class BodyAndSpans {

        @Test
        void singleNewlineParagraphsBecomeBlankLineSeparated() {
            String raw = PARA1 + "\n" + PARA2 + "\n" + PARA3 + "\n";
            ParsedPage p = parse(raw);
            assertEquals(PARA1 + "\n\n" + PARA2 + "\n\n" + PARA3, p.body());
            assertEquals(3, p.bodySpans().size());
            assertEquals(raw.indexOf(PARA2), p.toOriginal(PARA1.length() + 2));
        }

        @Test
        void toOriginalOutsideSpansIsMinusOne() {
            ParsedPage p = parse(PARA1 + "\n\n\n\n" + PARA2);
            assertEquals(-1, p.toOriginal(PARA1.length() + 1));
            assertEquals(-1, p.toOriginal(p.body().length() + 5));
        }

        @Test
        void offsetsSurviveRemovedLinesAndIndentation() {
            String raw = "\n   Xi arrives in Moscow\n\nBy Jane Doe\n\n\t" + PARA1 + "   \n\nAdvertisement\n\n  " + PARA2;
            ParsedPage p = parse(raw);
            int bodyIdx = p.body().indexOf("Putin said");
            assertEquals(raw.indexOf("Putin said"), p.toOriginal(bodyIdx));
        }

        @Test
        void otherLineTerminators() {
            ParsedPage p = parse("Xi arrives in Moscow\r\r" + PARA1 + "\u2028" + PARA2 + "\u2029" + PARA3);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(List.of(PARA1, PARA2, PARA3), paragraphs(p));
        }

        @Test
        void hardWrappedParagraphsAreKeptWhole() {
            String raw = "Xi arrives in Moscow\n\n"
                    + "Chinese President Xi Jinping arrived in Moscow on Monday for talks\n"
                    + "with Vladimir Putin, his first visit since the invasion of the\n"
                    + "neighbouring country a year ago.\n\n"
                    + "\u201CWe are friends,\u201D Putin said, adding that the two countries\n"
                    + "would sign several agreements during the three-day visit to the\n"
                    + "Russian capital.\n";
            ParsedPage p = parse(raw);
            assertEquals("Xi arrives in Moscow", p.title());
            assertEquals(2, p.bodySpans().size());
            assertTrue(paragraphs(p).get(0).endsWith("a year ago."));
        }

        @Test
        void emptyAndBlankTexts() {
            for (String raw : List.of("", "   ", "\n\n\n")) {
                ParsedPage p = parse(raw);
                assertNull(p.title());
                assertNull(p.published());
                assertNull(p.byline());
                assertEquals("", p.body());
                assertTrue(p.bodySpans().isEmpty());
            }
        }

        @Test
        void nullIsRejected() {
            assertThrows(NullPointerException.class, () -> RawTextParser.parse(null));
        }

        @Test
        void spansAreImmutable() {
            ParsedPage p = parse(PARA1);
            assertThrows(UnsupportedOperationException.class, () -> p.bodySpans().clear());
            assertFalse(p.bodySpans().isEmpty());
        }
    }
}
