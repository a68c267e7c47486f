package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How news credits a quote, one common way a case: the speaker after or before the quote, with titles, ages,
 * appositions and relative clauses, an organisation by "the company" or its statement, a pronoun, a run of quotes
 * across paragraphs and another person named between, posts, interviews, a lawyer speaking for a client, sportspeople
 * and stars named again by age, role or nationality, sheriffs, judges, lawyers and neighbours in local crime news.
 * Every quote of each text must be found and credited in order. The texts are invented; a pattern that breaks here
 * breaks in every outlet that writes so.
 */
class AttributionPatternsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("p01", "\"We will appeal the ruling,\" said Dana Whitfield, a spokeswoman for Acme Corp.", List.of("Dana Whitfield")),
                Arguments.of("p02", "Dana Whitfield spoke on Monday. \"We will appeal the ruling,\" Whitfield told Reuters.", List.of("Dana Whitfield")),
                Arguments.of("p03", "Dana Whitfield, chief executive of Acme Corp, said: \"We will appeal the ruling.\"", List.of("Dana Whitfield")),
                Arguments.of("p04", "\"We will appeal the ruling,\" according to Dana Whitfield, the company's lawyer.", List.of("Dana Whitfield")),
                Arguments.of("p05", "Acme Corp lost its case on Monday. \"We will appeal the ruling,\" the company said in a statement.", List.of("Acme Corp")),
                Arguments.of("p06", "Acme Corp lost its case on Monday. In a statement, Acme said: \"We will appeal the ruling.\"", List.of("Acme Corp")),
                Arguments.of("p07", "Dana Whitfield spoke after the hearing. \"We will appeal the ruling,\" she added.", List.of("Dana Whitfield")),
                Arguments.of("p08", "\"We will appeal the ruling,\" Dana Whitfield wrote on X.", List.of("Dana Whitfield")),
                Arguments.of("p09", "\"We will appeal the ruling,\" Dana Whitfield, 45, said.", List.of("Dana Whitfield")),
                Arguments.of("p10", "\"We will appeal the ruling,\" said Dr. Dana Whitfield, who leads the legal team at Brookfield University.", List.of("Dana Whitfield")),
                Arguments.of("p12", "\"We will appeal the ruling,\" Dana Whitfield said in an interview with CNN.", List.of("Dana Whitfield")),
                Arguments.of("p13", "The mayor, Dana Whitfield, said: \"We will appeal the ruling.\"", List.of("Dana Whitfield")),
                Arguments.of("p14", "\"We will appeal the ruling,\" Whitfield's lawyer, Tom Brandt, said.", List.of("Tom Brandt")),
                Arguments.of("p15", "\"We will appeal the ruling,\" said the city's spokesperson, Dana Whitfield.", List.of("Dana Whitfield")),
                Arguments.of("p16", "\"We will appeal the ruling,\" Dana Whitfield says.", List.of("Dana Whitfield")),
                Arguments.of("p17", "\"We will appeal the ruling,\" Dana Whitfield insisted.", List.of("Dana Whitfield")),
                Arguments.of("p19", "Police Chief Tom Brandt met Mayor Dana Whitfield on Monday. \"We will appeal the ruling,\" Whitfield said.", List.of("Dana Whitfield")),
                Arguments.of("p20", "Dana Whitfield, the mayor of Brookfield, met police on Monday. \"We will appeal the ruling,\" the mayor said.", List.of("Dana Whitfield")),
                Arguments.of("p21", "\"We will appeal the ruling,\" Dana Whitfield, the mayor of Brookfield, told reporters at City Hall on Monday afternoon after the hearing.", List.of("Dana Whitfield")),
                Arguments.of("p24", "Acme Corp said it would appeal. \"We think the judge got it wrong,\" a spokesperson for Acme said.", List.of("Acme Corp")),
                Arguments.of("p25", "\"We think the judge got it wrong,\" Acme Corp CEO Dana Whitfield said.", List.of("Dana Whitfield")),
                Arguments.of("p26", "In a post on Instagram, Dana Whitfield wrote: \"We think the judge got it wrong.\"", List.of("Dana Whitfield")),
                Arguments.of("p28", "\"We think the judge got it wrong,\" Dana Whitfield, who was elected in 2019, told the Brookfield Herald.", List.of("Dana Whitfield")),
                Arguments.of("p29", "Tom Brandt, the lawyer for Dana Whitfield, said: \"We think the judge got it wrong.\"", List.of("Tom Brandt")),
                Arguments.of("p30", "\"We think the judge got it wrong,\" said Tom Brandt, who represents Dana Whitfield.", List.of("Tom Brandt")),
                Arguments.of("q01", "Mayor Dana Whitfield said the city would appeal.\n\n\"We think the judge got it wrong,\" she said.\n\nPolice Chief Tom Brandt disagreed.\n\n\"The ruling is fair,\" he said.", List.of("Dana Whitfield", "Tom Brandt")),
                Arguments.of("q02", "\"We will appeal,\" said Mayor Dana Whitfield.\n\n\"The judge got it wrong. The law is clear.\"\n\n\"We will win in the end.\"", List.of("Dana Whitfield", "Dana Whitfield", "Dana Whitfield")),
                Arguments.of("q03", "\"We will appeal,\" Mayor Dana Whitfield said.\n\nThe city's lawyer, Tom Brandt, filed the appeal on Monday.\n\n\"The ruling cannot stand,\" he said.", List.of("Dana Whitfield", "Tom Brandt")),
                Arguments.of("q05", "Dana Whitfield told the BBC that \"the ruling is a disgrace\".", List.of("Dana Whitfield")),
                Arguments.of("q06", "The report, by Brookfield University, said \"the risks are growing\".", List.of("Brookfield University")),
                Arguments.of("q08", "\"Why would we accept this?\" asked Dana Whitfield.", List.of("Dana Whitfield")),
                Arguments.of("q09", "\"We will appeal,\" Dana Whitfield said, adding: \"The judge got it wrong.\"", List.of("Dana Whitfield", "Dana Whitfield")),
                Arguments.of("q10", "\"We will appeal,\" Dana Whitfield said. \"The judge got it wrong,\" she continued.", List.of("Dana Whitfield", "Dana Whitfield")),
                Arguments.of("q12", "Tom Brandt, 52, of Brookfield, said \"the fire spread in minutes.\"", List.of("Tom Brandt")),
                Arguments.of("q13", "According to a statement from Acme Corp, \"the company regrets the error.\"", List.of("Acme Corp")),
                Arguments.of("q15", "Dana Whitfield said through a spokesperson: \"I will not resign.\"", List.of("Dana Whitfield")),
                Arguments.of("q16", "Tom Brandt and Dana Whitfield met on Monday.\n\n\"It was a good meeting,\" Whitfield said. \"We agreed on the plan.\"\n\nBrandt was less sure. \"There is work to do,\" he said.", List.of("Dana Whitfield", "Dana Whitfield", "Tom Brandt")),
                Arguments.of("q17", "\"We were terrified,\" said Maria Lopez, whose home was destroyed. \"We lost everything.\"\n\nHer neighbour, Tom Brandt, said he had escaped with his dog. \"I just ran,\" he said.", List.of("Maria Lopez", "Maria Lopez", "Tom Brandt")),
                Arguments.of("q18", "Acme Corp reported a loss on Tuesday.\n\n\"The quarter was difficult,\" chief executive Dana Whitfield said in a statement. \"We expect a recovery next year.\"", List.of("Dana Whitfield", "Dana Whitfield")),
                Arguments.of("q20", "The suspect, identified as Tom Brandt, 34, was arrested on Monday, Sheriff Dana Whitfield said.\n\n\"He was cooperative,\" Whitfield said.", List.of("Dana Whitfield")),
                Arguments.of("q21", "Acme Corp said sales fell.\n\n\"The quarter was hard,\" the company said.", List.of("Acme Corp")),
                Arguments.of("r01", "The Brookfield Police Department defended the officer. In a statement, the department said the officer \"acted appropriately.\"", List.of("Brookfield Police Department")),
                Arguments.of("r02", "Acme Corp cut 200 jobs. The company said in a press release that it \"remains committed to Brookfield.\"", List.of("Acme Corp")),
                Arguments.of("r03", "Acme Corp cut 200 jobs on Monday. \"We remain committed to Brookfield,\" the statement read.", List.of("Acme Corp")),
                Arguments.of("r04", "\"We remain committed to Brookfield,\" Dana Whitfield tweeted on Monday.", List.of("Dana Whitfield")),
                Arguments.of("r05", "Dana Whitfield tweeted: \"We remain committed to Brookfield.\"", List.of("Dana Whitfield")),
                Arguments.of("r06", "Dana Whitfield, speaking to reporters outside the court, said: \"We will appeal.\"", List.of("Dana Whitfield")),
                Arguments.of("r07", "Asked whether she would resign, Dana Whitfield replied: \"Absolutely not.\"", List.of("Dana Whitfield")),
                Arguments.of("r08", "\"We will appeal,\" said Dana Whitfield. Tom Brandt disagreed: \"The ruling is fair.\"", List.of("Dana Whitfield", "Tom Brandt")),
                Arguments.of("r09", "Health Minister Dana Whitfield visited the hospital on Monday.\n\n\"The staff have been heroic,\" the minister said.", List.of("Dana Whitfield")),
                Arguments.of("r10", "\"The staff have been heroic,\" said Whitfield, the health minister.", List.of("Whitfield")),
                Arguments.of("r11", "\"We remain committed to Brookfield,\" said a statement from Acme Corp.", List.of("Acme Corp")),
                Arguments.of("r12", "\"We remain committed to Brookfield,\" Acme Corp said in a post on X.", List.of("Acme Corp")),
                Arguments.of("r13", "\"The law is broken,\" Dana Whitfield wrote in an op-ed for The Guardian.", List.of("Dana Whitfield")),
                Arguments.of("r14", "\"We will appeal,\" Dana Whitfield told The Associated Press in an interview.", List.of("Dana Whitfield")),
                Arguments.of("r15", "\"Best day ever,\" Dana Whitfield posted on Instagram alongside a photo of her family.", List.of("Dana Whitfield")),
                Arguments.of("r16", "Dana Whitfield said the ruling was \"deeply disappointing\" and that the city would \"consider every option.\"", List.of("Dana Whitfield", "Dana Whitfield")),
                Arguments.of("r17", "Tom Brandt, who was at the scene, told WXYZ-TV: \"It was chaos.\"", List.of("Tom Brandt")),
                Arguments.of("r18", "\"It was chaos,\" Brandt said. \"People were running everywhere. I have never seen anything like it.\"", List.of("Brandt", "Brandt")),
                Arguments.of("r19", "Dana Whitfield's lawyer, Tom Brandt, said his client \"did nothing wrong.\"", List.of("Tom Brandt")),
                Arguments.of("r20", "\"I did nothing wrong,\" Whitfield said through her lawyer, Tom Brandt.", List.of("Whitfield")),
                Arguments.of("r22", "Prosecutor Tom Brandt told the jury that Whitfield \"knew exactly what she was doing.\"", List.of("Tom Brandt")),
                Arguments.of("r23", "\"Whitfield knew exactly what she was doing,\" prosecutor Tom Brandt told jurors in his closing argument on Tuesday.", List.of("Tom Brandt")),
                Arguments.of("r24", "\"This is a great day for Brookfield,\" Mayor Dana Whitfield said at a news conference on Monday, flanked by police officers.", List.of("Dana Whitfield")),
                Arguments.of("p27", "Brookfield police said in a Facebook post that the suspect \"is considered armed and dangerous.\"", List.of("Brookfield police")),
                Arguments.of("s01", "Patson Daka scored twice on Saturday.\n\n\"I am proud of the team,\" the 25-year-old said.", List.of("Patson Daka")),
                Arguments.of("s02", "Leicester manager Brendan Rodgers praised his striker.\n\n\"He was outstanding,\" the Leicester boss said.", List.of("Brendan Rodgers")),
                Arguments.of("s03", "Lando Norris finished third in Austria.\n\n\"It was a tough race,\" the Briton said.", List.of("Lando Norris")),
                Arguments.of("s04", "Taylor Swift thanked her fans on Sunday.\n\n\"You made this tour magical,\" the singer wrote on Instagram.", List.of("Taylor Swift")),
                Arguments.of("s05", "Speaking after the match, Brendan Rodgers said: \"We deserved the win.\"", List.of("Brendan Rodgers")),
                Arguments.of("s06", "Harry Kane scored the winner.\n\n\"It was a special night,\" he told BBC Sport.", List.of("Harry Kane")),
                Arguments.of("s07", "Harry Kane scored the winner. The 30-year-old added: \"It was a special night.\"", List.of("Harry Kane")),
                Arguments.of("s08", "Selena Gomez shared a photo with her fiance.\n\n\"Forever begins now,\" the actress captioned the post.", List.of("Selena Gomez")),
                Arguments.of("s09", "Rohit Sharma admitted India were outplayed.\n\n\"Disappointing. It's not what we expected,\" said the India captain.", List.of("Rohit Sharma")),
                Arguments.of("s10", "Novak Djokovic beat Carlos Alcaraz in the final.\n\n\"He pushed me to the limit,\" the Serbian said of his opponent.", List.of("Novak Djokovic")),
                Arguments.of("s11", "Apple reported record revenue on Thursday.\n\n\"This was our best quarter ever,\" Tim Cook, Apple's chief executive, said on a call with analysts.", List.of("Tim Cook")),
                Arguments.of("s12", "Apple reported record revenue on Thursday.\n\n\"This was our best quarter ever,\" said chief executive Tim Cook.\n\n\"Demand for the iPhone was strong in every region.\"", List.of("Tim Cook", "Tim Cook")),
                Arguments.of("t01", "Sheriff Dana Whitfield said deputies found the car on Monday.\n\n\"We believe the suspect is still in the area,\" the sheriff said.", List.of("Dana Whitfield")),
                Arguments.of("t02", "Judge Tom Brandt sentenced the man to 10 years.\n\n\"You showed no remorse,\" Brandt told him.", List.of("Tom Brandt")),
                Arguments.of("t03", "The Brookfield County Sheriff's Office said in a news release that the crash happened at 3 a.m. \"Speed appears to be a factor,\" the release said.", List.of("Brookfield County Sheriff's Office")),
                Arguments.of("t04", "\"The investigation is ongoing,\" a spokesperson for the Brookfield Police Department said.", List.of("Brookfield Police Department")),
                Arguments.of("t05", "Police Chief Tom Brandt said officers responded within minutes. \"Our officers acted quickly,\" Brandt said in a statement.", List.of("Tom Brandt")),
                Arguments.of("t06", "\"He was a kind man,\" his sister, Maria Lopez, told WXYZ-TV.", List.of("Maria Lopez")),
                Arguments.of("t07", "Defense attorney Tom Brandt said his client would plead not guilty. \"My client is innocent,\" Brandt said outside the courthouse.", List.of("Tom Brandt")),
                Arguments.of("t09", "\"This is a tragedy for our community,\" Mayor Dana Whitfield wrote on Facebook. \"Please keep the families in your thoughts.\"", List.of("Dana Whitfield", "Dana Whitfield")),
                Arguments.of("t10", "Dana Whitfield, a neighbor, said she heard gunshots around midnight. \"I thought it was fireworks,\" Whitfield said.", List.of("Dana Whitfield")),
                Arguments.of("u02", "Adams County farmer Dennis Dempsey has been preparing for planting season.\n\n\"I'm glad to see the rain, and we need the moisture really bad.\" Dempsey said.", List.of("Dennis Dempsey")),
                Arguments.of("u03", "Rocket Lab reached orbit on Sunday.\n\n\"Reaching orbit on a second test flight is significant on its own,\" explained Rocket Lab founder and CEO, Peter Beck.", List.of("Peter Beck")),
                Arguments.of("u04", "Stewart had been attending an event hosted by the Bahraini embassy when Bob Stewart met an activist.\n\nThe 74-year-old former army officer was fined £600.\n\nThe court heard the protester had shouted: \"Bob Stewart, for how much did you sell yourself to the Bahraini regime?\"", java.util.Arrays.asList((String) null)),
                Arguments.of("u01", "Alex Ferguson praised his players after the win.\n\n\"We showed real character,\" the Scot told reporters.", List.of("Alex Ferguson")),
                Arguments.of("t11", "Fire Chief Tom Brandt said crews arrived to find heavy smoke. \"It took about an hour to get it under control,\" he said.", List.of("Tom Brandt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyQuoteIsCreditedToItsSpeaker(String id, String body, List<String> speakers) {
        ArticleAnalysis a = TestEngine.get().analyze("Court hears the appeal", body);
        List<String> credited = new ArrayList<>();
        for (ExtractedQuote q : a.quotes()) {
            credited.add(q.speakerIndex() == null ? null : a.entities().get(q.speakerIndex()).name());
        }
        assertEquals(speakers, credited, id + ": " + a.quotes());
    }
}
