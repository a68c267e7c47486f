package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which mentions name one referent, and which names are no entity at all, where the whole article gives the
 * evidence: short forms of people's, companies' and institutions' names, state abbreviations, hyphenated names,
 * planets and spacecraft. Texts written for the purpose.
 */
class IdentityRulesTest {

    private static ArticleAnalysis analyze(String body) {
        return TestEngine.get().analyze(null, body);
    }

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.onlyWithAlias(a, alias);
    }

    @Test
    void aPersonNamedByTheLastTwoWordsOfTheFullNameIsOnePerson() {
        ArticleAnalysis a = analyze("Singer Ana Del Toro announced a world tour on Friday. Del Toro said she would "
                + "start in Madrid.");
        ExtractedEntity p = find(a, "Del Toro");
        assertNotNull(p, a.entities().toString());
        assertEquals("Ana Del Toro", p.name());
        assertEquals(EntityType.PERSON, p.type());
    }

    @Test
    void anAcronymWithItsOwnExpansionDoesNotJoinALongerNameItStarts() {
        ArticleAnalysis a = analyze("The United Nations said on Monday that floods had displaced thousands. The UN "
                + "Office for Disaster Risk Reduction said more rain was coming, and a UN spokesman said aid was on "
                + "its way.");
        ExtractedEntity un = find(a, "UN");
        assertNotNull(un, a.entities().toString());
        assertEquals("United Nations", un.name());
        ExtractedEntity office = find(a, "UN Office for Disaster Risk Reduction");
        assertNotNull(office, a.entities().toString());
        assertTrue(office != un, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, office.type());
    }

    @Test
    void aCountrysFormalNameAndItsShortNameAreOnePlace() {
        ArticleAnalysis a = analyze("The Government of the Republic of Ghana signed the loan on Monday. Ghana will "
                + "repay it over ten years, the finance ministry said.");
        ExtractedEntity ghana = find(a, "Ghana");
        assertNotNull(ghana, a.entities().toString());
        assertTrue(ghana.aliases().contains("Republic of Ghana"), a.entities().toString());
        assertEquals(EntityType.LOCATION, ghana.type());
    }

    @Test
    void aStateAbbreviationAndTheStateAreOnePlace() {
        ArticleAnalysis a = analyze("FLAGSTAFF, Ariz. — A wildfire forced hundreds of people from their homes on "
                + "Sunday. Arizona officials said the fire had burned 2,000 acres.");
        ExtractedEntity state = find(a, "Ariz.");
        assertNotNull(state, a.entities().toString());
        assertTrue(state.aliases().contains("Arizona"), state.aliases().toString());
        assertEquals(EntityType.LOCATION, state.type());
    }

    @Test
    void aCompanyNamedWithoutItsLegalSuffixIsTheCompany() {
        ArticleAnalysis a = analyze("Nakamura Corp said on Friday it would recall 200,000 cars. Nakamura said the "
                + "fault had caused no injuries.");
        ExtractedEntity c = find(a, "Nakamura");
        assertNotNull(c, a.entities().toString());
        assertEquals("Nakamura Corp", c.name());
        assertEquals(EntityType.ORGANIZATION, c.type());
    }

    @Test
    void anOrganisationNamedByTheEndOfItsNameIsTheOneThatEndsSo() {
        ArticleAnalysis a = analyze("Manchester United beat Leeds 2-0 on Saturday. United scored twice in the "
                + "second half and Leeds never recovered.");
        ExtractedEntity club = find(a, "United");
        assertNotNull(club, a.entities().toString());
        assertEquals("Manchester United", club.name());
    }

    @Test
    void twoCapitalisedWordsJoinedByAHyphenAreOneName() {
        ArticleAnalysis a = analyze("Canadian Marie-Claude Dubois-Tremblay beat Anna Keller 6-3 6-2 on Tuesday. "
                + "Dubois-Tremblay will meet Sofia Lindqvist-Berg in the final.");
        ExtractedEntity p = find(a, "Marie-Claude Dubois-Tremblay");
        assertNotNull(p, a.entities().toString());
        assertEquals(EntityType.PERSON, p.type());
        assertTrue(p.aliases().contains("Dubois-Tremblay"), p.aliases().toString());
        // "Sofia" is also a capital: the joined name's type is the typing rules' business, not the hyphen's
        assertNotNull(find(a, "Sofia Lindqvist-Berg"), a.entities().toString());
        assertNull(find(a, "Berg"), a.entities().toString());
    }

    @Test
    void planetsAndSpacecraftAreNoEntities() {
        ArticleAnalysis a = analyze("NASA said the Mars Reconnaissance Orbiter found signs of ancient lakes on Mars, "
                + "which once looked much like Earth. The Red Planet is now cold and dry, and Jupiter's moons may "
                + "hold more water.");
        for (String name : new String[]{"Mars", "Earth", "Red Planet", "Jupiter", "Mars Reconnaissance Orbiter"}) {
            assertNull(find(a, name), name + " is no entity: " + a.entities());
        }
        assertNotNull(find(a, "NASA"), a.entities().toString());
    }
    @Test
    void aRoadNamedWithoutItsKindIsTheRoad() {
        ArticleAnalysis a = analyze("Traffic was stopped on Van Dyke Avenue after the crash on Tuesday. Officers "
                + "closed Van Dyke for three hours while the wreck was cleared.");
        ExtractedEntity road = find(a, "Van Dyke");
        assertNotNull(road, a.entities().toString());
        assertEquals("Van Dyke Avenue", road.name());
        assertEquals(EntityType.LOCATION, road.type());
    }

    @Test
    void aStateNamedLikeItsCapitalIsOnePlaceWithAndWithoutState() {
        ArticleAnalysis a = analyze("Gunmen attacked a market in Kano State on Friday. Traders in Kano said the "
                + "shops stayed shut on Saturday.");
        ExtractedEntity state = find(a, "Kano");
        assertNotNull(state, a.entities().toString());
        assertTrue(state.aliases().contains("Kano State"), state.aliases().toString());
    }

    @Test
    void aNameDoesNotRunOnIntoAPhraseOwnedByTheNextName() {
        ArticleAnalysis a = analyze("The blaze was listed as the Ridge Fire on Cal Fire's incident page, and Cal Fire "
                + "sent two crews.");
        for (ExtractedEntity e : a.entities()) {
            assertTrue(!e.name().contains(" on "), "ran on: " + a.entities());
        }
        assertNotNull(find(a, "Cal Fire"), a.entities().toString());
    }

    @Test
    void anAgencyCreditedInBracketsBeforeAColonOrAtTheEndIsAnOrganisation() {
        ArticleAnalysis a = analyze("Pune [India], March 3 (PNS): The city council approved the new bus routes on "
                + "Friday.\n\nThe routes start in April. (PNS)");
        ExtractedEntity agency = find(a, "PNS");
        assertNotNull(agency, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, agency.type());
    }
    @Test
    void anOrganisationWithItsLastWordCutShortIsTheSameOrganisation() {
        ArticleAnalysis a = analyze("Harbour Valley Railway said trains would run late on Monday. Harbour Valley Rail "
                + "apologised to passengers.");
        ExtractedEntity rail = find(a, "Harbour Valley Rail");
        assertNotNull(rail, a.entities().toString());
        assertEquals("Harbour Valley Railway", rail.name());
        assertEquals(EntityType.ORGANIZATION, rail.type());
    }

    @Test
    void aNameDoesNotRunOnOverAtOrIn() {
        ArticleAnalysis a = analyze("Researchers at the Hollis Institute at Brandon University studied the smoke.");
        assertNotNull(find(a, "Hollis Institute"), a.entities().toString());
        assertNotNull(find(a, "Brandon University"), a.entities().toString());
    }

    @Test
    void anOrganisationNamedWithWordsLeftOutIsTheOneItAbbreviates() {
        ArticleAnalysis a = TestEngine.get().analyze("Police rescue hostages",
                "The Kaduna State Police Command said on Sunday that six hostages had been freed. The Kaduna Police "
                        + "spokesperson said the kidnappers had fled.");
        ExtractedEntity command = EntityLookup.onlyWithAlias(a, "Kaduna State Police Command");
        assertNotNull(command, a.entities().toString());
        assertTrue(command.aliases().contains("Kaduna Police"), command.toString());
        assertTrue(Identities.inOrder(Names.words("New York Police"), Names.words("New York City Police Department")));
        assertTrue(!Identities.inOrder(Names.words("Police New York"), Names.words("New York City Police Department")));
    }

    @Test
    void aCapitalAInsideASentenceIsAPersonsInitial() {
        ArticleAnalysis a = TestEngine.get().analyze("Minister promises metro",
                "Hyderabad was called a world-class city on Monday, and current chief minister A Ravinder Goud "
                        + "promised to take it further.");
        assertNotNull(EntityLookup.withAlias(a, "A Ravinder Goud"), a.entities().toString());
    }

    @Test
    void washingtonIsWashingtonDC() {
        ArticleAnalysis a = TestEngine.get().analyze("Agency briefs reporters",
                "The agency held a briefing at its Washington D.C. headquarters on Monday. \"The results are clear,\" "
                        + "said Dana Whitlow, its chief scientist in Washington.");
        ExtractedEntity dc = EntityLookup.onlyWithAlias(a, "Washington D.C.");
        assertNotNull(dc, a.entities().toString());
        assertTrue(dc.aliases().contains("Washington"), dc.toString());
    }

    @Test
    void aStateNamedWithAndWithoutStateIsOnePlace() {
        // the model takes "Borno State" here for an organisation; the gazetteer knows it as a region
        ArticleAnalysis a = TestEngine.get().analyze("UN suspends aid after attacks in Nigeria's Borno",
                "The United Nations on Friday suspended humanitarian aid operations in Nigeria's northern Borno State "
                        + "because of violence, a spokesman said.");
        ExtractedEntity state = EntityLookup.onlyWithAlias(a, "Borno State");
        assertNotNull(state, a.entities().toString());
        assertEquals(EntityType.LOCATION, state.type(), state.toString());
        assertTrue(state.aliases().contains("Borno"), state.toString());
    }

    @Test
    void aCompanysLegalNameAfterACommaIsTheCompany() {
        ArticleAnalysis a = TestEngine.get().analyze("Flooring maker sells unit",
                "Brightwave World Industries, Inc. agreed to sell its ceiling unit on Tuesday. Brightwave World "
                        + "Industries said the deal would close in March.");
        ExtractedEntity company = EntityLookup.onlyWithAlias(a, "Brightwave World Industries");
        assertNotNull(company, a.entities().toString());
        assertTrue(company.aliases().contains("Brightwave World Industries, Inc."), company.toString());
    }
}
