package io.newslens.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity identities within one article: merging, titles, acronyms, possessives, demonyms. */
class EntityRulesTest {

    private static ExtractedEntity find(ArticleAnalysis a, String alias) {
        return EntityLookup.onlyWithAlias(a, alias);
    }

    @Test
    void surnameAndFullNameAreOnePerson() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "Vladimir Putin arrived in Beijing on Monday. Putin was greeted at the airport.");
        ExtractedEntity p = find(a, "Putin");
        assertNotNull(p);
        assertEquals("Vladimir Putin", p.name());
        assertEquals(EntityType.PERSON, p.type());
        assertTrue(p.aliases().contains("Vladimir Putin"));
        assertEquals(2, p.mentions().size());
    }

    @Test
    void theAuthorLineNamesEntitiesToo() {
        String byline = "Maria Gonzalez";
        ArticleAnalysis a = TestEngine.get().analyze("Storm floods the coast", byline,
                "Heavy rain flooded roads in Valencia on Tuesday. Mayor Carlos Ruiz said crews were working through the night.");
        ExtractedEntity author = find(a, "Maria Gonzalez");
        assertNotNull(author, "the author is an entity: " + a.entities());
        assertEquals(EntityType.PERSON, author.type());
        Mention m = author.mentions().get(0);
        assertEquals(Section.BYLINE, m.section());
        assertEquals(byline, byline.substring(m.start(), m.end()));
        assertNotNull(find(a, "Carlos Ruiz"), "the body is still read");
    }

    @Test
    void titlesAreStrippedFromTheNameButKeptAsAliases() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "Chinese President Xi Jinping spoke first. Later, President Xi left the room.");
        ExtractedEntity xi = find(a, "Xi Jinping");
        assertNotNull(xi, a.entities().toString());
        assertEquals("Xi Jinping", xi.name());
        assertTrue(xi.aliases().contains("Chinese President Xi Jinping"), xi.aliases().toString());
        assertTrue(xi.aliases().contains("President Xi Jinping"), xi.aliases().toString());
        assertTrue(xi.aliases().contains("Xi"), xi.aliases().toString());
    }

    @Test
    void honorificFindsPeopleTheModelMisses() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "Michael Mates is a member of the committee. Mr Mates told the BBC the rule was not absolute.");
        ExtractedEntity m = find(a, "Michael Mates");
        assertNotNull(m, a.entities().toString());
        assertTrue(m.aliases().contains("Mates"), m.aliases().toString());
    }

    @Test
    void acronymInBracketsJoinsItsExpansion() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "The International Criminal Court (ICC) issued a warrant. The ICC is based in The Hague.");
        ExtractedEntity icc = find(a, "ICC");
        assertNotNull(icc, a.entities().toString());
        assertEquals("International Criminal Court", icc.name());
        assertEquals(EntityType.ORGANIZATION, icc.type());
    }

    @Test
    void acronymMatchesInitialsWithoutBrackets() {
        assertTrue(Acronyms.acronymOf("ICC", new String[]{"International", "Criminal", "Court"}));
        assertTrue(Acronyms.acronymOf("APACS", new String[]{"Association", "for", "Payment", "and", "Clearing",
                "Services"}));
        assertTrue(Acronyms.acronymOf("Wada", new String[]{"World", "Anti", "Doping", "Agency"}));
        assertFalse(Acronyms.acronymOf("NATO", new String[]{"North", "American", "Trade"}));
    }

    @Test
    void possessivesAreNotPartOfNames() {
        ArticleAnalysis a = TestEngine.get().analyze(null, "Putin's war has cost Russia's economy dearly.");
        for (ExtractedEntity e : a.entities()) {
            for (String alias : e.aliases()) {
                assertFalse(alias.endsWith("'s") || alias.endsWith("’s"), alias);
            }
        }
        assertNotNull(find(a, "Putin"));
        assertNotNull(find(a, "Russia"));
    }

    @Test
    void demonymsAndPronounsAreNotEntities() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "The Chinese and the Russians met in Paris. He said they agreed with the West.");
        for (ExtractedEntity e : a.entities()) {
            assertFalse(Lexicon.isDemonym(e.name()), e.toString());
            assertFalse(e.name().equalsIgnoreCase("he") || e.name().equalsIgnoreCase("they"), e.toString());
        }
        assertNull(find(a, "Chinese"));
        assertNull(find(a, "West"));
    }

    @Test
    void organisationHeadNounMakesAnOrganisation() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "Shoppers flocked to the Trafford Centre in Manchester on Saturday.");
        ExtractedEntity t = find(a, "Trafford Centre");
        assertNotNull(t, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, t.type());
        assertEquals(EntityType.LOCATION, find(a, "Manchester").type());
    }

    @Test
    void titleMentionsAreInTheTitleSectionWithTitleOffsets() {
        String title = "Putin meets Xi Jinping in Moscow";
        String body = "Vladimir Putin welcomed Xi Jinping to Moscow on Monday.";
        ArticleAnalysis a = TestEngine.get().analyze(title, body);
        ExtractedEntity p = find(a, "Vladimir Putin");
        assertNotNull(p);
        boolean inTitle = false;
        for (Mention m : p.mentions()) {
            String src = m.section() == Section.TITLE ? title : body;
            assertEquals(m.text(), src.substring(m.start(), m.end()));
            inTitle |= m.section() == Section.TITLE;
        }
        assertTrue(inTitle, p.mentions().toString());
    }

    @Test
    void entityIndexesArePositions() {
        ArticleAnalysis a = TestEngine.get().analyze("Talks in Moscow",
                "Angela Merkel and Emmanuel Macron met in Berlin with NATO officials.");
        for (int i = 0; i < a.entities().size(); i++) {
            assertEquals(i, a.entities().get(i).index());
        }
        assertTrue(a.tokens() > 10);
        assertFalse(a.analyzerVersion().isBlank());
    }

    @Test
    void emptyInputGivesEmptyAnalysis() {
        ArticleAnalysis a = TestEngine.get().analyze(null, "");
        assertTrue(a.entities().isEmpty());
        assertTrue(a.quotes().isEmpty());
        assertEquals(0, a.tokens());
    }

    @Test
    void titledAliasesStartAtATitleNotInsideOne() {
        ArticleAnalysis a = TestEngine.get().analyze(null, "Tesla shares fell 5% on Monday after Chief Executive Elon Musk said demand was slowing in China.");
        ExtractedEntity m = find(a, "Elon Musk");
        assertNotNull(m, a.entities().toString());
        assertTrue(m.aliases().contains("Chief Executive Elon Musk"), m.aliases().toString());
        assertFalse(m.aliases().contains("Executive Elon Musk"), m.aliases().toString());
    }

    @Test
    void partyAdjectiveAndPluralNameAreOneParty() {
        ArticleAnalysis a = TestEngine.get().analyze(null, "Conservative MP Michael Mates joined the calls on Friday. "
                + "The Conservatives and Liberal Democrats say the advice should be published.");
        ExtractedEntity c = find(a, "Conservatives");
        assertNotNull(c, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, c.type());
        assertNotNull(find(a, "Liberal Democrats"), a.entities().toString());
    }

    @Test
    void institutionMetonymsAreOrganisations() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "The advice was written at Number 10, and the Commons will debate it next week.");
        ExtractedEntity n = find(a, "Number 10");
        assertNotNull(n, a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, n.type());
    }

    @Test
    void aDemonymOpeningAnOrganisationsNameIsPartOfIt() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "The British Heart Foundation, which was not involved in the research, welcomed the findings.");
        ExtractedEntity org = find(a, "British Heart Foundation");
        assertNotNull(org, "the full name: " + a.entities());
        assertEquals(EntityType.ORGANIZATION, org.type());
    }

    @Test
    void aVenueNamedByItsHeadNounIsAPlace() {
        ArticleAnalysis a = TestEngine.get().analyze(null,
                "The final will be played at the Riverside Community Stadium in Leeds on Sunday.");
        ExtractedEntity venue = find(a, "Riverside Community Stadium");
        assertNotNull(venue, a.entities().toString());
        assertEquals(EntityType.LOCATION, venue.type());
    }
}
