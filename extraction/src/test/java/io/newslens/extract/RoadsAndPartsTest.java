package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roads, which local news names in every crash and fire, and the parts of an organisation that have names of their
 * own. The texts are invented.
 */
class RoadsAndPartsTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.withAlias(a, alias);
    }

    @Test
    void aRoadIsAPlace() {
        // roads named with common nouns, which the model leaves untagged
        ArticleAnalysis a = TestEngine.get().analyze("House fire",
                "The department was dispatched to the residential fire on Quarry Road between 9 and 10 a.m. Tuesday. "
                        + "About 5:30 a.m., officials responded to 945 Tank Farm Rd. on the report of a fire. The alert "
                        + "imposed an evacuation order for “all homes on Box Elder Road in North Fork or within one half "
                        + "mile.”");
        for (String road : new String[]{"Quarry Road", "Tank Farm Rd.", "Box Elder Road"}) {
            ExtractedEntity e = find(a, road);
            assertNotNull(e, road + " in " + a.entities());
            assertEquals(EntityType.LOCATION, e.type(), e.toString());
        }
    }

    @Test
    void aHouseNumberIsNotPartOfTheRoadAndTheShortFormIsTheSameRoad() {
        ArticleAnalysis a = TestEngine.get().analyze("Fire damages home",
                "Firefighters were called to a house fire at 812 Linwood Avenue on Sunday night. "
                        + "No one was hurt, the fire chief said. Part of Linwood Ave was closed until noon.");
        ExtractedEntity road = EntityLookup.onlyWithAlias(a, "Linwood Avenue");
        assertNotNull(road, a.entities().toString());
        assertEquals(EntityType.LOCATION, road.type(), road.toString());
        assertTrue(road.aliases().contains("Linwood Ave"), road.toString());
        for (ExtractedEntity e : a.entities()) {
            assertTrue(!e.name().contains("812"), e.toString());
        }
    }

    @Test
    void aNameThatGoesOnPastTheRoadNounIsNotARoad() {
        ArticleAnalysis a = TestEngine.get().analyze("Troopers close highway",
                "The Nevada Highway Patrol closed the route after the storm, a spokesperson said.");
        ExtractedEntity patrol = find(a, "Nevada Highway Patrol");
        assertNotNull(patrol, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, patrol.type(), patrol.toString());
        assertNull(find(a, "Nevada Highway"), a.entities().toString());
    }

    @Test
    void aNumberedRoadIsAPlaceOnlyWhereItIsOnTheMap() {
        ArticleAnalysis a = TestEngine.get().analyze("Suspect arrested",
                "Officers stopped the car near M-47 in Oakfield on Friday. The man was carrying an M-16 rifle, police said.");
        ExtractedEntity road = find(a, "M-47");
        assertNotNull(road, a.entities().toString());
        assertEquals(EntityType.LOCATION, road.type(), road.toString());
        assertNull(find(a, "M-16"), a.entities().toString());
    }

    @Test
    void aNamedPartOfAnOrganisationIsAnotherEntity() {
        ArticleAnalysis a = TestEngine.get().analyze("Inquiry opened into shooting",
                "The Dakota State Police said on Monday that its inquiry had begun. The Dakota State Police Special "
                        + "Investigations Division will lead it, the agency said.");
        ExtractedEntity whole = EntityLookup.onlyWithAlias(a, "Dakota State Police");
        ExtractedEntity part = EntityLookup.onlyWithAlias(a, "Dakota State Police Special Investigations Division");
        assertNotNull(whole, a.entities().toString());
        assertNotNull(part, a.entities().toString());
        assertTrue(whole != part, a.entities().toString());
    }

    @Test
    void anAcronymsPossessiveIsNotPartOfTheNameItOwns() {
        ArticleAnalysis a = TestEngine.get().analyze("Probe finds water",
                "NASA announced the result on Monday. \"It is a remarkable find,\" said Dana Whitlow, head of NASA's "
                        + "Planetary Science Division in Washington.");
        ExtractedEntity part = find(a, "Planetary Science Division");
        assertNotNull(part, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, part.type(), part.toString());
        assertTrue(!part.aliases().contains("NASA"), part.toString());
        assertNotNull(find(a, "NASA"), a.entities().toString());
    }

    @Test
    void aCompanysLegalNameIsNotAPartOfIt() {
        assertTrue(!Identities.namesSubUnit(Names.words("Brightwave Networks Inc"), 1));
        assertTrue(!Identities.namesSubUnit(Names.words("Lycos Europe"), 1));
        assertTrue(!Identities.namesSubUnit(Names.words("Dakota State Police Department"), 3));
        assertTrue(Identities.namesSubUnit(Names.words("Dakota State Police Special Investigations Division"), 3));
        assertTrue(Identities.namesSubUnit(Names.words("NASA's Planetary Science Division"), 1));
    }
}
