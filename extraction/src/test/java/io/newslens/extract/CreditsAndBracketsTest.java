package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What brackets and credits say about names: an outlet's credit in a dateline, an editor's insertion in a quote, a
 * person's initials, a platform people post on, a name read with "the" in front, a site credited with a report and a
 * section label.
 */
class CreditsAndBracketsTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.withAlias(a, alias);
    }

    @Test
    void anOutletCreditedInTheDatelineIsNotThePlacesAcronym() {
        ArticleAnalysis a = TestEngine.get().analyze("Bridge closed after crash",
                "MILLBROOK, Ohio (WQRT) – Police Chief Dana Whitfield closed the Route 9 bridge on Friday.\n\n"
                        + "WQRT reported that repairs would take a week.");
        ExtractedEntity ohio = find(a, "Ohio");
        assertNotNull(ohio, a.entities().toString());
        assertEquals(EntityType.LOCATION, ohio.type(), ohio.toString());
        ExtractedEntity station = find(a, "WQRT");
        assertNotNull(station, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, station.type(), station.toString());
        assertTrue(!station.aliases().contains("Ohio"), station.toString());
    }

    @Test
    void anEditorsInsertionCompletesTheName() {
        ArticleAnalysis a = TestEngine.get().analyze("Coach praises midfield",
                "“Tobias [Arnfeldt] ran for ninety minutes and never stopped,” coach Mikel Saranen said after the match.");
        assertNotNull(find(a, "Tobias Arnfeldt"), a.entities().toString());
        for (ExtractedEntity e : a.entities()) {
            assertTrue(e.name().indexOf('[') < 0 && e.name().indexOf(']') < 0, e.toString());
        }
    }

    @Test
    void aPersonsInitialsInBracketsAreTheirAlias() {
        ArticleAnalysis a = TestEngine.get().analyze("Former chief minister attacks budget",
                "Former chief minister P Venkatesh Narayana (PVN) criticised the budget on Monday.\n\n"
                        + "PVN said the state's farmers had been forgotten.");
        ExtractedEntity p = find(a, "PVN");
        assertNotNull(p, a.entities().toString());
        assertEquals(EntityType.PERSON, p.type(), p.toString());
        assertTrue(p.aliases().contains("P Venkatesh Narayana"), p.toString());
    }

    @Test
    void aPlatformPeoplePostOnIsAnOrganisation() {
        ArticleAnalysis a = TestEngine.get().analyze("Singer answers critics",
                "The singer Lorna Vess answered her critics on X on Sunday. In a post on her X handle she thanked fans.");
        ExtractedEntity x = find(a, "X");
        assertNotNull(x, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, x.type(), x.toString());
    }

    @Test
    void aNameReadWithTheInFrontIsNoPersons() {
        ArticleAnalysis a = TestEngine.get().analyze("Party promises new district",
                "He said that this would happen after the Amara Dev Samithi (ADS) comes to power the third time in the State.\n\n"
                        + "The ADS won 40 seats last time.");
        ExtractedEntity party = find(a, "Amara Dev Samithi");
        assertNotNull(party, a.entities().toString());
        assertTrue(party.type() != EntityType.PERSON, party.toString());
    }

    @Test
    void aSiteCreditedWithTheReportIsAnOrganisation() {
        ArticleAnalysis a = TestEngine.get().analyze("Singer cancels tour",
                "The singer Lorna Vess cancelled the last six dates of her tour on Friday, reports examplenews.co.uk.\n\n"
                        + "For tickets, visit www.examplevenue.com.");
        ExtractedEntity site = find(a, "examplenews.co.uk");
        assertNotNull(site, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, site.type(), site.toString());
        assertNull(find(a, "www.examplevenue.com"), a.entities().toString());
    }

    @Test
    void aSectionLabelNextToTheHeadlineIsNoOrganisation() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "Politics News | Council approves new bus lanes\n\n"
                        + "The council approved three new bus lanes on Tuesday, Mayor Carla Brennick said.\n\n"
                        + "Local News\n\nMore from Dunmore: Business News and Sports News.");
        for (ExtractedEntity e : a.entities()) {
            assertTrue(e.name().indexOf('|') < 0 && !e.name().endsWith("News"), e.toString());
        }
        assertNotNull(find(a, "Carla Brennick"), a.entities().toString());
    }

    @Test
    void aNameWithAHyphenStaysWholeAndNamesJoinedByOneAreSplit() {
        String text = "Prices at Vantor-Quillan rose. The China-Russia talks and the Harlow-Dunmore merger went on; Dunmore said"
                + " so. Al-Shabaab and the Kremlin-backed group did not comment.";
        assertTrue(ModelSpans.hyphenatedName(text, "Vantor-Quillan"));
        assertTrue(ModelSpans.hyphenatedName(text, "al-Shabaab"));
        assertTrue(!ModelSpans.hyphenatedName(text, "China-Russia"), "two known places");
        assertTrue(!ModelSpans.hyphenatedName(text, "Harlow-Dunmore"), "Dunmore is written on its own too");
        assertTrue(!ModelSpans.hyphenatedName(text, "Kremlin-backed"), "a name and a modifier");
    }

    @Test
    void aDiseaseNamedAfterAPersonOrAPlaceIsNoEntity() {
        java.util.List<Tok> toks = java.util.List.of(new Tok("Alzheimer", 0, 9, "PERSON", 0, 0),
                new Tok("'s", 9, 11, "O", 0, 0), new Tok("disease", 12, 19, "O", 0, 0), new Tok("and", 20, 23, "O", 0, 0),
                new Tok("Lyme", 24, 28, "LOCATION", 0, 0), new Tok("disease", 29, 36, "O", 0, 0),
                new Tok("in", 37, 39, "O", 0, 0), new Tok("Maine", 40, 45, "LOCATION", 0, 0));
        assertTrue(Mentions.namesDisease(toks, 1), "Alzheimer's disease");
        assertTrue(Mentions.namesDisease(toks, 5), "Lyme disease");
        assertTrue(!Mentions.namesDisease(toks, 8), "Maine");
        ArticleAnalysis a = TestEngine.get().analyze("Study links sleep and memory",
                "People with Alzheimer's disease slept less, Dr Helen Marsh said. Cases of Lyme disease rose in Maine.");
        assertNull(find(a, "Alzheimer"), a.entities().toString());
        assertNull(find(a, "Lyme"), a.entities().toString());
        assertNotNull(find(a, "Maine"), a.entities().toString());
    }

    @Test
    void aCallSignKeepsItsChannelNumber() {
        ArticleAnalysis a = TestEngine.get().analyze("Road closed after flood",
                "Water covered the road on Monday morning, police told KQRV 6. Crews expect to reopen it on Friday.");
        assertNotNull(find(a, "KQRV 6"), a.entities().toString());
    }

    @Test
    void aWildfiresNameIsAnEventButTheFireAgencyIsAnOrganisation() {
        ArticleAnalysis a = TestEngine.get().analyze("Fire forces evacuations",
                "Labeled the Dawson Fire on Cal Fire's incident page, it burned near Pine Ridge Road, Cal Fire said on"
                        + " Monday. The Dawson Fire had burned 40 acres by evening.");
        assertNull(find(a, "Dawson Fire"), a.entities().toString());
        ExtractedEntity agency = find(a, "Cal Fire");
        assertNotNull(agency, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, agency.type(), agency.toString());
    }

    @Test
    void aNicknameInQuotesIsPartOfThePersonsName() {
        ArticleAnalysis a = TestEngine.get().analyze("Senator backs health bill",
                "MANILA, Philippines \u2014 Senator Antonio \u201cTonyo\u201d Reyes backed the health bill on Monday.\n\n"
                        + "Reyes said the hospitals needed more nurses.");
        ExtractedEntity p = find(a, "Reyes");
        assertNotNull(p, a.entities().toString());
        assertEquals("Antonio \u201cTonyo\u201d Reyes", p.name(), a.entities().toString());
        assertNull(find(a, "Antonio"), a.entities().toString());
    }

    @Test
    void aStatesOwnBodyKeepsTheCountryInItsName() {
        ArticleAnalysis a = TestEngine.get().analyze("Wildfire closes trails",
                "The fire started on Monday near Pine Ridge, the U.S. Forest Service said. Crews from the U.S. Forest"
                        + " Service and the county worked through the night.");
        ExtractedEntity agency = find(a, "U.S. Forest Service");
        assertNotNull(agency, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, agency.type(), agency.toString());
        assertNull(find(a, "Forest Service"), a.entities().toString());
    }
}
