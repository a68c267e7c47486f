package io.newslens.extract;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Names as news of many kinds writes them, one short invented text a kind: markets, local crime and courts, science,
 * Indian politics, British councils and hospitals, football, space, East Africa, motor racing, music on social media,
 * central banks, a wildfire, companies, Indian courts, London police, Indian towns, a space agency and its acronym,
 * a production company, US state abbreviations, a crime-tip programme, newspapers credited, hyphenated companies,
 * call signs, a sentence-initial verb and a disease, a country's forces. Each expected name must be an entity of its
 * type ({@code Name/O} organisation, {@code /P} person, {@code /L} place, separated by a space before the next
 * capitalised name); each name listed as not one must be no entity's name (a part of a longer name taken alone, or no
 * name at all).
 */
class EntityPatternsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("e01", "Shares of Brightline Systems rose 4% on the Nasdaq on Tuesday after the company beat forecasts. Analysts at Morgan Stanley raised their target. The stock also trades on the London Stock Exchange.", "Brightline Systems/O Nasdaq/O Morgan Stanley/O London Stock Exchange/O", ""),
                Arguments.of("e02", "A man was taken to Mercy General Hospital after the crash on Interstate 80, the Placer County Sheriff's Office said. The California Highway Patrol is investigating. He appeared in Placer County Superior Court on Friday.", "Placer County Sheriff's Office/O California Highway Patrol/O Placer County Superior Court/O", "California Highway"),
                Arguments.of("e03", "The study, published in The Lancet, was led by researchers at the University of Leeds and Imperial College London. Funding came from the Wellcome Trust and the National Institutes of Health.", "University of Leeds/O Imperial College London/O Wellcome Trust/O National Institutes of Health/O", "Leeds"),
                Arguments.of("e04", "Chief Minister Siddharth Rao of Telangana met Prime Minister Narendra Modi in New Delhi. The Bharatiya Janata Party and the Congress both criticised the meeting. Hyderabad residents protested in Gachibowli.", "Siddharth Rao/P Telangana/L Narendra Modi/P New Delhi/L Bharatiya Janata Party/O Hyderabad/L Gachibowli/L", ""),
                Arguments.of("e05", "Leeds City Council approved the plan on Monday. The NHS trust that runs St James's University Hospital said it would add 40 beds. Councillor Mary Evans welcomed the decision.", "Leeds City Council/O Mary Evans/P", ""),
                Arguments.of("e06", "Arsenal beat Aston Villa 2-0 at the Emirates Stadium. Bukayo Saka scored twice. Villa manager Unai Emery said his side had been poor.", "Aston Villa/O Emirates Stadium/L Bukayo Saka/P Unai Emery/P", ""),
                Arguments.of("e07", "The European Space Agency and NASA will launch the probe from Kourou, French Guiana, in 2027. The Jet Propulsion Laboratory in Pasadena built its camera.", "European Space Agency/O NASA/O Kourou/L French Guiana/L Jet Propulsion Laboratory/O Pasadena/L", ""),
                Arguments.of("e08", "Kenyan President William Ruto met Tanzanian officials in Arusha. The summit ends on Friday. Mombasa port workers went on strike.", "William Ruto/P Arusha/L Mombasa/L", "Kenyan"),
                Arguments.of("e09", "Max Verstappen won the race for his team. Lewis Hamilton finished third for Ferrari at Interlagos.", "Max Verstappen/P Lewis Hamilton/P Ferrari/O Interlagos/L", ""),
                Arguments.of("e10", "Taylor Swift posted on Instagram that her Eras Tour will return to Wembley Stadium. Her label, Republic Records, confirmed the dates. Fans on TikTok celebrated.", "Taylor Swift/P Instagram/O Wembley Stadium/L Republic Records/O TikTok/O", ""),
                Arguments.of("e11", "The Federal Reserve held rates steady, Chair Jerome Powell said in Washington. The Bank of England and the European Central Bank meet next week.", "Federal Reserve/O Jerome Powell/P Washington/L Bank of England/O European Central Bank/O", "England"),
                Arguments.of("e12", "A wildfire near Paradise, California, forced evacuations, Cal Fire said. The Butte County Sheriff's Office ordered residents of Magalia to leave.", "Paradise/L California/L Cal Fire/O Butte County Sheriff's Office/O Magalia/L", ""),
                Arguments.of("e13", "Tesla CEO Elon Musk said the Austin plant would double output. Ford and General Motors cut prices in response, according to Reuters.", "Tesla/O Elon Musk/P Austin/L Ford/O General Motors/O Reuters/O", ""),
                Arguments.of("e14", "The Supreme Court of India on Monday stayed the order of the Allahabad High Court. Senior advocate Kapil Sibal appeared for the petitioners from Uttar Pradesh.", "Supreme Court of India/O Allahabad High Court/O Kapil Sibal/P Uttar Pradesh/L", "India"),
                Arguments.of("e15", "Officers from the Metropolitan Police arrested a 34-year-old man in Croydon, south London. Scotland Yard said he would appear at Westminster Magistrates' Court.", "Metropolitan Police/O Croydon/L London/L Scotland Yard/O Westminster Magistrates' Court/O", ""),
                Arguments.of("f01", "Residents of Nalgonda and Suryapet in Telangana protested on Monday. Farmers from Andhra Pradesh joined them.", "Nalgonda/L Suryapet/L Telangana/L Andhra Pradesh/L", ""),
                Arguments.of("f02", "The Indian Space Research Organisation said the launch from Sriharikota was a success. ISRO chairman S. Somanath thanked the team.", "Indian Space Research Organisation/O ISRO/O Sriharikota/L S. Somanath/P", ""),
                Arguments.of("f03", "The film was made by Dharma Productions. Karan Johar said the shoot would begin in Mumbai.", "Dharma Productions/O Karan Johar/P Mumbai/L", ""),
                Arguments.of("f04", "The suspect was arrested in Tulsa, Okla., and extradited to Wichita, Kan., police said.", "Tulsa/L Okla./L Wichita/L Kan./L", ""),
                Arguments.of("f05", "Anyone with information should call Crime Stoppers at 555-0100. The Sun-Times first reported the arrest.", "Crime Stoppers/O Sun-Times/O", ""),
                Arguments.of("f06", "According to the Hindustan Times, the minister resigned on Friday. The Times of India said he had been ill.", "Hindustan Times/O Times of India/O", "India"),
                Arguments.of("f07", "Pfizer-BioNTech and Coca-Cola Co. both reported earnings on Tuesday, said analysts at JPMorgan.", "Pfizer-BioNTech/O Coca-Cola Co./O JPMorgan/O", "Pfizer,BioNTech,Coca"),
                Arguments.of("f08", "WXYZ-TV reported that the fire started in the kitchen. KSDK 5 also covered the story.", "WXYZ-TV/O KSDK 5/O", ""),
                Arguments.of("f09", "Investigate the claims, the judge told prosecutors. Parkinson's disease affects millions, the charity said.", "", "Investigate,Parkinson"),
                Arguments.of("f11", "The Cherokee County Sheriff's Office said deputies found the car near Rusk. The Texas Department of Public Safety is investigating.", "Cherokee County Sheriff's Office/O Rusk/L Texas Department of Public Safety/O", "Texas"),
                Arguments.of("f12", "Manchester United striker Marcus Rashford scored in the 89th minute at Old Trafford. Erik ten Hag praised him.", "Manchester United/O Marcus Rashford/P Old Trafford/L Erik ten Hag/P", ""),
                Arguments.of("g01", "The Indian Navy rescued 12 fishermen on Monday, and the men of the Nigerian Police arrested two suspects in Lagos.", "Indian Navy/O Nigerian Police/O Lagos/L", "Navy,Police"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNamesAreFoundWhole(String id, String body, String expected, String notNames) {
        ArticleAnalysis a = TestEngine.get().analyze("Officials respond to the news", body);
        for (String item : expected.isEmpty() ? new String[0] : expected.split("(?<=/[OPL]) ")) {
            String name = item.substring(0, item.length() - 2);
            EntityType type = switch (item.charAt(item.length() - 1)) {
                case 'O' -> EntityType.ORGANIZATION;
                case 'P' -> EntityType.PERSON;
                default -> EntityType.LOCATION;
            };
            ExtractedEntity e = EntityLookup.withAlias(a, name);
            assertNotNull(e, id + ": " + name + " in " + a.entities());
            assertEquals(type, e.type(), id + ": " + e);
        }
        for (String name : notNames.isEmpty() ? new String[0] : notNames.split(",")) {
            for (ExtractedEntity e : a.entities()) {
                assertNull(e.name().equals(name) ? e : null, id + ": " + name + " alone in " + a.entities());
            }
        }
    }
}
