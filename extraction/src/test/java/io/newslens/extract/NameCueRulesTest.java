package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Names found or typed by what the text says around them: descriptor nouns ("the music label X"), appositions
 * ("the mill, X,"), the head after a name ("the X coalition"), lists of names of one kind, titles of works.
 * The names are invented, so that only the context can tell what they are.
 */
class NameCueRulesTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.withAlias(a, alias);
    }

    private static ArticleAnalysis analyze(String body) {
        return TestEngine.get().analyze(null, body);
    }

    @Test
    void descriptorBeforeANameGivesItsType() {
        ArticleAnalysis a = analyze("Shares rose after the music label Krellwave signed a deal with the singer Tamsin Okoro.");
        ExtractedEntity k = find(a, "Krellwave");
        assertNotNull(k, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, k.type());
        assertEquals(EntityType.PERSON, find(a, "Tamsin Okoro").type());
    }

    @Test
    void appositionWithADescriptorFindsAndTypesTheName() {
        ArticleAnalysis a = analyze("The mill, Vostrozhal, is one of the most profitable in the region. "
                + "A sale of Vostrozhal could triple its price.");
        ExtractedEntity v = find(a, "Vostrozhal");
        assertNotNull(v, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, v.type());
        assertEquals(2, v.mentions().size(), v.mentions().toString());
    }

    @Test
    void headNounAfterANameMakesAnOrganisation() {
        ArticleAnalysis a = analyze("The protests were led by the Stop Field Burning coalition, an umbrella group.");
        ExtractedEntity s = find(a, "Stop Field Burning");
        assertNotNull(s, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, s.type());
    }

    @Test
    void untaggedListItemsTakeTheTypeTheListAgreesOn() {
        ArticleAnalysis a = analyze("The lineup includes Kojo Mensah, Blessa, Iron Sparrow, Dede Banton and Lekan Adisa.");
        ExtractedEntity s = find(a, "Iron Sparrow");
        assertNotNull(s, a.entities().toString());
        assertEquals(EntityType.PERSON, s.type());
    }

    @Test
    void aListItemThatModifiesTheNextRoleIsNotAnItem() {
        ArticleAnalysis a = analyze("Lord Smith and Downing Street adviser Baroness Jones signed the letter.");
        ExtractedEntity d = find(a, "Downing Street");
        if (d != null) {
            assertEquals(EntityType.LOCATION, d.type(), a.entities().toString());
        }
    }

    @Test
    void capitalsInAListOfPeopleAreABand() {
        ArticleAnalysis a = analyze("The lineup includes Kojo Mensah, Blessa, TKZ, Dede Banton and Lekan Adisa.");
        ExtractedEntity t = find(a, "TKZ");
        assertNotNull(t, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, t.type());
    }

    @Test
    void aWorksTitleIsNotAnEntity() {
        ArticleAnalysis a = analyze("Mike Leigh's period drama Agnes Grey is in competition at the festival.");
        assertNull(find(a, "Agnes Grey"), a.entities().toString());
        assertNotNull(find(a, "Mike Leigh"), a.entities().toString());
    }

    @Test
    void aRelativeClauseIsNotADescriptor() {
        ArticleAnalysis a = analyze("Priya Raman built the firm. The firm Raman founded in 1998 now employs 40 people.");
        ExtractedEntity r = find(a, "Raman");
        assertNotNull(r, a.entities().toString());
        assertEquals(EntityType.PERSON, r.type());
    }

    @Test
    void aWorksTitleRunsOverSmallWords() {
        ArticleAnalysis a = analyze("Critics praised the war drama Letters from the Eastern Front, directed by Tomas Berger.");
        for (ExtractedEntity e : a.entities()) {
            assertFalse(e.name().contains("Eastern Front"), a.entities().toString());
        }
        assertNotNull(find(a, "Tomas Berger"), a.entities().toString());
    }

    @Test
    void theOneDissentingItemOfAListTakesTheListsType() {
        ArticleAnalysis a = analyze("The bill features Kojo Mensah, Dede Banton, Lekan Adisa and Vybz Kartel.");
        ExtractedEntity v = find(a, "Vybz Kartel");
        assertNotNull(v, a.entities().toString());
        assertEquals(EntityType.PERSON, v.type());
    }

    @Test
    void aSurnameInsideAnotherNameIsNotThatPerson() {
        ArticleAnalysis a = analyze("Beenie Man and Sizzla were dropped. Beenie Man, Sizzla and Elephant Man declined to comment.");
        ExtractedEntity b = find(a, "Beenie Man");
        assertNotNull(b, a.entities().toString());
        assertFalse(b.aliases().contains("Man"), b.aliases().toString());
    }

    @Test
    void aPersonsNameHasNoPossessiveInside() {
        ArticleAnalysis a = analyze("Arsenal won 3-1. Chelsea's Raheem Sterling pulled one back late on.");
        assertNotNull(find(a, "Raheem Sterling"), a.entities().toString());
        assertNull(find(a, "Chelsea's Raheem Sterling"), a.entities().toString());
        ExtractedEntity c = find(a, "Chelsea");
        if (c != null) {
            // the club owns the player; tagged inside his name, it is not a person
            assertFalse(c.type() == EntityType.PERSON, a.entities().toString());
        }
    }

    @Test
    void aDatelineIsAPlaceAndAnAgency() {
        ArticleAnalysis a = analyze("WASHINGTON (AP) — The Senate passed the bill on Thursday.");
        ExtractedEntity w = find(a, "WASHINGTON");
        assertNotNull(w, a.entities().toString());
        assertEquals(EntityType.LOCATION, w.type());
        ExtractedEntity ap = find(a, "AP");
        assertNotNull(ap, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, ap.type());
    }

    @Test
    void aSentenceInitialWordTheArticleAlsoWritesInLowerCaseIsNotAName() {
        ArticleAnalysis a = analyze("She tested positive for the stimulant clenbuterol in May. "
                + "Her lawyer Marc Dupont said: \"Clenbuterol was found, but she is innocent.\"");
        assertNull(find(a, "Clenbuterol"), a.entities().toString());
        assertNotNull(find(a, "Marc Dupont"), a.entities().toString());
    }

    @Test
    void aNameOnlySeenBeforeCeremonyIsAnEvent() {
        ArticleAnalysis a = analyze("The clash with Sunday's Golden Globes ceremony in Los Angeles forced some stars to cancel.");
        assertNull(find(a, "Golden Globes"), a.entities().toString());
        assertNotNull(find(a, "Los Angeles"), a.entities().toString());
    }

    @Test
    void whatFollowsAPersonsOfIsTheirOrganisation() {
        ArticleAnalysis a = analyze("Amara Lowe of Save the Rivers said the plan would harm wildlife.");
        ExtractedEntity s = find(a, "Save the Rivers");
        assertNotNull(s, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, s.type());
    }

    @Test
    void theSubjectOfSaidIsAPersonButNotASentenceInitialCommonNoun() {
        ArticleAnalysis a = analyze("Officials said the talks had failed. Police said three people were arrested. "
                + "\"It is over,\" said Zedlo.");
        ExtractedEntity z = find(a, "Zedlo");
        assertNotNull(z, a.entities().toString());
        assertEquals(EntityType.PERSON, z.type());
        assertNull(find(a, "Officials"), a.entities().toString());
        assertNull(find(a, "Police"), a.entities().toString());
    }

    @Test
    void rolesThatFitPeopleAndFirmsAlikeAreNotDescriptors() {
        ArticleAnalysis a = analyze("Shares in asset manager BlackRock rose on Monday, China's official Xinhua news agency reported.");
        assertEquals(EntityType.ORGANIZATION, find(a, "BlackRock").type(), a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, find(a, "Xinhua").type(), a.entities().toString());
    }

    @Test
    void aSettlementNounWithOfNamesAPlace() {
        // "Summit" is a common word the model leaves untagged; "the community of" says it is a place
        ArticleAnalysis a = analyze("Deputies asked residents to leave on Sunday, and crews also reached the forested "
                + "community of Summit before dark.");
        ExtractedEntity summit = find(a, "Summit");
        assertNotNull(summit, a.entities().toString());
        assertEquals(EntityType.LOCATION, summit.type());
    }
}
