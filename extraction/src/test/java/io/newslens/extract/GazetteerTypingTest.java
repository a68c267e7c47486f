package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The gazetteer's place names weighed against the model's labels and the context, and the span and name rules. */
class GazetteerTypingTest {

    private static ArticleAnalysis analyze(String title, String body) {
        return TestEngine.get().analyze(title, body);
    }

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.withAlias(a, alias);
    }

    private static EntityType typeOf(ArticleAnalysis a, String alias) {
        ExtractedEntity e = find(a, alias);
        assertNotNull(e, alias + " not found in " + a.entities());
        return e.type();
    }

    @Test
    void theGazetteerKnowsCountriesRegionsAndTowns() {
        assertEquals(Gazetteer.Kind.COUNTRY, Gazetteer.kind("Kenya"));
        assertEquals(Gazetteer.Kind.REGION, Gazetteer.kind("Telangana"));
        assertEquals(Gazetteer.Kind.REGION, Gazetteer.kind("andhra pradesh"));
        assertEquals(Gazetteer.Kind.PLACE, Gazetteer.kind("Patancheru"));
        assertNull(Gazetteer.kind("Brent Dickson"));
    }

    @Test
    void aRegionTheModelCallsAPersonIsAPlace() {
        ArticleAnalysis a = analyze(null, "Revathi Menon opened a clinic on Monday. Telangana has 33 districts, and "
                + "the clinic is the first of its kind in Telangana, Menon said.");
        assertEquals(EntityType.LOCATION, typeOf(a, "Telangana"));
        assertEquals(EntityType.PERSON, typeOf(a, "Revathi Menon"));
    }

    @Test
    void aTownStandingInAPlaceIsAPlace() {
        ArticleAnalysis a = analyze(null, "A barn burned down on Tuesday west of Harrison. Firefighters from three "
                + "departments were called to the farm.");
        assertEquals(EntityType.LOCATION, typeOf(a, "Harrison"));
    }

    @Test
    void aPlaceNameSpokenBySomeoneStaysAPerson() {
        ArticleAnalysis a = analyze(null, "Jordan said the team had played its best game of the season. "
                + "Jordan scored twice in the second half.");
        assertEquals(EntityType.PERSON, typeOf(a, "Jordan"));
    }

    @Test
    void stateAbbreviationsAreRegions() {
        assertEquals(true, Lexicon.isStateAbbreviation("Pa."));
        assertEquals(true, Lexicon.isStateAbbreviation("N.Y."));
        assertEquals(false, Lexicon.isStateAbbreviation("Inc."));
    }

    @Test
    void broadcastersCallSignsAndNumberedBrandsAreOrganisations() {
        ArticleAnalysis a = analyze(null, "The fire chief told KWTX that the blaze began in the kitchen. Crews "
                + "from the city and a reporter from NewsChannel 9 stayed until midnight.");
        assertEquals(EntityType.ORGANIZATION, typeOf(a, "KWTX"));
        assertEquals(EntityType.ORGANIZATION, typeOf(a, "NewsChannel 9"));
    }

    @Test
    void aPlaceWithALowerCaseInstitutionIsThatOrganisation() {
        ArticleAnalysis a = analyze(null, "Denver police said the man was arrested on Friday near the station.");
        assertEquals(EntityType.ORGANIZATION, typeOf(a, "Denver police"));
    }

    @Test
    void aCountrysPossessiveBeforeATownIsTwoPlaces() {
        ArticleAnalysis a = analyze(null, "Thousands of workers stayed in China's Wuhan during the lockdown.");
        assertEquals(EntityType.LOCATION, typeOf(a, "China"));
        assertEquals(EntityType.LOCATION, typeOf(a, "Wuhan"));
    }

    @Test
    void aPersonNamedWithAndWithoutInitialsIsOnePerson() {
        ArticleAnalysis a = analyze(null, "Chief Minister K. Chandrasekhar Rao laid a foundation stone on Thursday. "
                + "Mr. Chandrasekhar Rao then addressed a public meeting.");
        ExtractedEntity full = find(a, "K. Chandrasekhar Rao");
        assertNotNull(full, a.entities().toString());
        assertEquals(full, find(a, "Chandrasekhar Rao"));
    }

    @Test
    void aPersonsOfficeMakesAHeadlineNameAPersons() {
        ArticleAnalysis a = analyze("Community Reacts To Sheriff Arnold's Indictments",
                "Sheriff Robert Arnold turned himself in on Friday. Arnold denies the charges.");
        assertEquals(EntityType.PERSON, typeOf(a, "Sheriff Arnold"));
        assertEquals(find(a, "Robert Arnold"), find(a, "Sheriff Arnold"));
    }

    @Test
    void aHeadlineNameRunIntoOtherWordsIsCutToTheBodysNames() {
        ArticleAnalysis a = analyze("Meridian Foods To Acquire Harbour Bakeries Group",
                "Meridian Foods said on Monday it would buy Harbour Bakeries Group for $40 million. "
                        + "Harbour Bakeries Group runs 12 shops.");
        for (ExtractedEntity e : a.entities()) {
            assertNull(e.aliases().stream().filter(x -> x.contains(" To ")).findAny().orElse(null),
                    "a headline run-on survived: " + a.entities());
        }
        assertNotNull(find(a, "Harbour Bakeries Group"), a.entities().toString());
    }

    @Test
    void sectionLabelsAndOpeningParticiplesAreNoEntities() {
        ArticleAnalysis a = analyze(null, "Local News\n\nSpeaking when he toured the market, the governor said "
                + "the roads would be repaired by March.");
        assertNull(find(a, "Local News"), a.entities().toString());
        assertNull(find(a, "Speaking"), a.entities().toString());
    }
}
