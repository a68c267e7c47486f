package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the words around a name say about it: a wire dateline's bracketed places, an organisation's well-known short
 * name against a dateline in capitals, a place's kind in its last word (the model types a national monument as an
 * organisation), a person's name at birth, a full name in brackets after a nickname, a surname mistyped once, a date
 * the model ran a name into, a region of two words before a possessive. The texts are invented.
 */
class NamesInContextTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.withAlias(a, alias);
    }

    @Test
    void placesInBracketsBeforeAnAgencysCreditArePlaces() {
        ArticleAnalysis a = TestEngine.get().analyze("Minister reviews drought relief",
                "Hubballi (Dharwad) [India], March 4 (ANI): The state's agriculture minister on Monday reviewed "
                        + "drought relief in the district.");
        ExtractedEntity district = find(a, "Dharwad");
        assertNotNull(district, a.entities().toString());
        assertEquals(EntityType.LOCATION, district.type(), district.toString());
    }

    @Test
    void anOrganisationsShortNameOutweighsADatelineInCapitals() {
        ArticleAnalysis a = TestEngine.get().analyze("Aid appeal for flood victims",
                "UNITED NATIONS, March 3 (Xinhua) -- The United Nations on Friday appealed for aid for flood victims. "
                        + "The UN said 40,000 people had lost their homes.");
        ExtractedEntity un = EntityLookup.onlyWithAlias(a, "UN");
        assertNotNull(un, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, un.type(), un.toString());
        assertTrue(un.aliases().contains("United Nations"), un.toString());
    }

    @Test
    void aNationalMonumentIsAPlace() {
        ArticleAnalysis a = TestEngine.get().analyze("Fire closes park",
                "The fire forced the closure of Tonalea National Monument on Sunday, the Forest Service said. "
                        + "Visitors to Red Mesa National Monument were evacuated.");
        for (String place : new String[]{"Tonalea National Monument", "Red Mesa National Monument"}) {
            ExtractedEntity e = find(a, place);
            assertNotNull(e, place + " in " + a.entities());
            assertEquals(EntityType.LOCATION, e.type(), e.toString());
        }
    }

    @Test
    void aNameAtBirthIsTheSamePerson() {
        ArticleAnalysis a = TestEngine.get().analyze("Singer announces tour",
                "The singer Nova Starling, born as Margaret Ellen Hayes, announced a tour on Monday. "
                        + "Starling said the shows would start in May.");
        ExtractedEntity singer = EntityLookup.onlyWithAlias(a, "Nova Starling");
        assertNotNull(singer, a.entities().toString());
        assertTrue(singer.aliases().contains("Margaret Ellen Hayes"), singer.toString());
        assertEquals(EntityType.PERSON, singer.type(), singer.toString());
    }

    @Test
    void aPlaceOfBirthIsNotAName() {
        ArticleAnalysis a = TestEngine.get().analyze("Singer announces tour",
                "The singer Nova Starling, born in Leeds, announced a tour on Monday.");
        ExtractedEntity leeds = find(a, "Leeds");
        assertNotNull(leeds, a.entities().toString());
        assertEquals(EntityType.LOCATION, leeds.type(), leeds.toString());
        assertTrue(find(a, "Nova Starling") != leeds, a.entities().toString());
    }

    @Test
    void aFullNameInBracketsAfterANicknameIsTheSamePerson() {
        ArticleAnalysis a = TestEngine.get().analyze("Coach praises strikers",
                "\"James and Tobs (Tobias Arnfeldt) put everything into the game,\" Rodgers said.");
        ExtractedEntity p = EntityLookup.onlyWithAlias(a, "Tobias Arnfeldt");
        assertNotNull(p, a.entities().toString());
        assertTrue(p.aliases().contains("Tobs"), p.toString());
    }

    @Test
    void aSurnameOneLetterOffIsATypingSlip() {
        assertTrue(Identities.oneEditApart("karatsev", "karatev"));
        assertTrue(Identities.oneEditApart("whitfield", "whitfeld"));
        assertTrue(Identities.oneEditApart("johnston", "johnstan"));
        assertTrue(!Identities.oneEditApart("kerr", "kerry"));
        assertTrue(!Identities.oneEditApart("johnson", "johnston2"));
        assertTrue(!Identities.oneEditApart("johnson", "jameson"));
        ArticleAnalysis a = TestEngine.get().analyze("Qualifier reaches last eight",
                "Unheralded qualifier Aslan Vorontsev reached the last eight on Monday. Aslan Vorontev beat the "
                        + "tenth seed in straight sets.");
        ExtractedEntity p = EntityLookup.onlyWithAlias(a, "Aslan Vorontsev");
        assertNotNull(p, a.entities().toString());
        assertTrue(p.aliases().contains("Aslan Vorontev"), p.toString());
    }

    @Test
    void aDateIsNoPartOfAName() {
        ArticleAnalysis a = TestEngine.get().analyze("Floods",
                "Premier Chris Minns, who visited an evacuation centre at Southern Cross University on Tuesday, "
                        + "promised disaster payments.");
        ExtractedEntity university = find(a, "Southern Cross University");
        assertNotNull(university, a.entities().toString());
        for (ExtractedEntity e : a.entities()) {
            assertTrue(!e.name().contains("Tuesday"), e.toString());
        }
    }

    @Test
    void aRegionOfTwoWordsBeforeAPossessiveIsStillAPlace() {
        ArticleAnalysis a = TestEngine.get().analyze("Chip maker's sales",
                "A single customer, Abu Dhabi's G42, accounted for most of its sales.");
        ExtractedEntity place = find(a, "Abu Dhabi");
        assertNotNull(place, a.entities().toString());
        assertEquals(EntityType.LOCATION, place.type(), place.toString());
    }
}
