package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What brackets and credits say about names: an outlet's credit in a dateline, an editor's insertion in a quote, a
 * person's initials, a platform people post on, and a name read with "the" in front.
 */
class CreditsAndBracketsTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        for (ExtractedEntity e : a.entities()) {
            if (e.aliases().contains(alias)) {
                return e;
            }
        }
        return null;
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
}
