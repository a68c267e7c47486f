package io.newslens.extract;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names as outlets write them that the rules before 0.19 got wrong, one short invented text each (format as in
 * {@link EntityPatternsTest}): offices written like bodies ("Cabinet Secretary for Trade", "the CS", "First Deputy
 * Speaker of Parliament", "Member of Parliament (MP)"), a city headed "City" that is no club, a town the model reads
 * as a person's name, an acronym defined in brackets after words the model does not know, names joined by short
 * particles and hyphens, wire credits spelled in lower case or closing the story, two platforms run together, a
 * town before "resident", a company's generic nouns ("the Group"), constituencies and townships, a nation's noun
 * for one person ("the Scot"), a body's name after "the", one word and "and", a portfolio before its minister,
 * corporate words of other countries ("Verlag"), a Malaysian title after a state's name and a person known by a
 * middle name; Chinese and Korean given names with a hyphen, a lower-case word run into a place's name, places
 * named with "of" that the gazetteer knows whole, a network's station by its channel number, a town before
 * "council", police ranks abbreviated, a street's possessive before a shop, a place in a war's name and titles
 * listed after "novels, including", an organisation's head before "of", an embassy, a ministry's list of portfolios,
 * a one-word name only put "in" or "at" something, a county before its mayor's name, a venue named by a possessive,
 * a director's or commissioner's office, a Nguni name's lower-case prefix.
 */
class OtherOutletsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("h01", "Kenya's Cabinet Secretary for Trade Lee Kinyanjui said the bloc would move step by step. The CS added that Nairobi backed the plan. The First Deputy Speaker of Parliament, Joseph Osei, chaired the sitting.", "Lee Kinyanjui/P Nairobi/L Joseph Osei/P", "Cabinet Secretary for Trade,CS,First Deputy Speaker of Parliament"),
                Arguments.of("h02", "Each Member of Parliament (MP) will vote on Friday, Joseph Osei said in Accra.", "Joseph Osei/P Accra/L", "Member of Parliament,MP"),
                Arguments.of("h03", "Strikes hit homes in Gaza City overnight. Manchester City host Leeds United next week.", "Gaza City/L Manchester City/O Leeds United/O", ""),
                Arguments.of("h04", "Strikes hit Khan Younis overnight. Residents of Khan Younis said they fled towards Rafah.", "Khan Younis/L Rafah/L", ""),
                Arguments.of("h05", "The Bruhat Bengaluru Mahanagara Palike (BBMP) will clear drains in Bengaluru next week. Investigators are still tracing money from 1Malaysia Development Berhad (1MDB).", "Bruhat Bengaluru Mahanagara Palike/O BBMP/O 1Malaysia Development Berhad/O 1MDB/O Bengaluru/L", ""),
                Arguments.of("h06", "The minister asked why the Raja Zafar-ul-Haq report was not presented.", "Raja Zafar-ul-Haq/P", "Raja Zafar"),
                Arguments.of("h07", "ZURICH (dpa-AFX) - Swiss engineering firm ABB reported higher revenue on Wednesday.", "dpa-AFX/O ABB/O", "AFX"),
                Arguments.of("h08", "Prime Minister Najib Razak said the government would continue to serve the people.\n\n–Bernama", "Najib Razak/P Bernama/O", ""),
                Arguments.of("h09", "Najib Razak said in his posting on Facebook and Twitter last night that no minister had resigned.", "Najib Razak/P Facebook/O Twitter/O", "Facebook and Twitter"),
                Arguments.of("h10", "\"I will never walk down Mission Boulevard again,\" Hayward resident Brea Maria said.", "Hayward/L Brea Maria/P", ""),
                Arguments.of("h11", "Northwind Holdings said the Group would cut 200 jobs. The Board approved the plan on Monday.", "Northwind Holdings/O", "Group,Board"),
                Arguments.of("h12", "Ahmed Ibrahim, who represents Banda Constituency, spoke on Tuesday. Crews restored power in Paint Township.", "Ahmed Ibrahim/P Banda Constituency/L Paint Township/L", ""),
                Arguments.of("h13", "Alex Ferguson praised his players after the win. \"We showed real character,\" the Scot told reporters.", "Alex Ferguson/P", "Scot"),
                Arguments.of("h14", "The report, published by the British Trust for Ornithology, the Royal Society for the Protection of Birds and the Wildfowl and Wetlands Trust shows revivals in the numbers of a dozen species.", "Royal Society for the Protection of Birds/O Wildfowl and Wetlands Trust/O", "Wetlands Trust"),
                Arguments.of("h15", "Members of the public should ignore the rumours, said International Trade and Industry Minister Mustapa Mohamed.", "Mustapa Mohamed/P", "International Trade and Industry"),
                Arguments.of("h18", "The Minister for Arts, Sport and Tourism came to answer questions. Revenue, Rural Development, and Agriculture Ministers were sent to Delhi. Home Office Minister Lord Falconer declined to comment.", "Home Office/O Falconer/P Delhi/L", "Sport and Tourism,Rural Development"),
                Arguments.of("h19", "Former chief executive Leung Chun-ying opened the line. Lawmaker Michael Tien Pak-sun said he was concerned about crowding.", "Leung Chun-ying/P Michael Tien Pak-sun/P", "Leung Chun,Michael"),
                Arguments.of("h20", "Members of the League of Social Democrats protested outside the soon-to-open Ocean Park station against rising fares.", "League of Social Democrats/O Ocean Park/L", "open Ocean Park"),
                Arguments.of("h21", "The last time a Western Bay of Plenty player won was in 1999. Players came from the Bay of Plenty and Waikato. He moved to the Isle of Man last year.", "Bay of Plenty/L Waikato/L Isle of Man/L", "Plenty,Man"),
                Arguments.of("h22", "The governor spoke in Austin on Tuesday. NBC 5's Julie Fine contributed to this report.", "Austin/L NBC 5/O Julie Fine/P", "NBC"),
                Arguments.of("h23", "After businesses raised concerns, Ballarat council said they would bring in more five-minute parking bays.", "Ballarat/L", ""),
                Arguments.of("h24", "Pol Maj Gen Thanitsak Teerasawad said the gang cost the victims at least Bt50 million.", "Thanitsak Teerasawad/P", "Maj,Pol Maj"),
                Arguments.of("h25", "After 70 years of trade Lydiard Street's Evans Bakery is closing.", "Lydiard Street/L Evans Bakery/O", "Lydiard Street's Evans Bakery"),
                Arguments.of("h26", "Nelson DeMille was a New York native and Vietnam War veteran who penned 23 novels, including Cathedral, Charm School and The Lion's Game.", "Nelson DeMille/P New York/L", "Vietnam,Charm School,Cathedral"),
                Arguments.of("h27", "The plant was bought with help from the Development Authority of Bulloch County, which owns the land.", "Development Authority of Bulloch County/O", ""),
                Arguments.of("h28", "The agreements were signed at a conference held at Pakistan Embassy in Beijing.", "Pakistan Embassy/O Beijing/L", ""),
                Arguments.of("h29", "The council informed the Ministry of Housing, Communities and Local Government about the attack.", "Ministry of Housing, Communities and Local Government/O", "Ministry of Housing,Communities and Local Government"),
                Arguments.of("h30", "Twenty Chinese companies signed agreements worth $1 billion, the report said.\n\nPublished in Dawn, September 28th, 2024", "Dawn/O", ""),
                Arguments.of("h31", "The agreements were signed by the Mayor of Daming County Li Shuang and the company.", "Daming County/L Li Shuang/P", "Daming County Li Shuang"),
                Arguments.of("h32", "The hearing was held at Faletti's Hotel in Lahore on Tuesday.", "Faletti's Hotel/O Lahore/L", "Faletti"),
                Arguments.of("h33", "Advocate Shamila Batohi, the National Director of Public Prosecutions (NDPP), said on Wednesday that she was concerned. Cyberabad Commissioner of Police, Stephen Raveendra said the gang is involved in 175 cases.", "Shamila Batohi/P Stephen Raveendra/P", "National Director of Public Prosecutions,NDPP,Cyberabad Commissioner of Police"),
                Arguments.of("h34", "Charges were provisionally withdrawn against the two men at the uMzimkhulu Magistrate’s Court on Monday.", "uMzimkhulu Magistrate’s Court/O", "Magistrate’s Court"),
                Arguments.of("h16", "Penguin was bought from Pearson by C. Bertelsmann Verlag in 2013.", "C. Bertelsmann Verlag/O", ""),
                Arguments.of("h17", "Selangor Menteri Besar Mohamed Azmin Ali tweeted on Sunday. Azmin said he had nothing to add.", "Selangor/L Mohamed Azmin Ali/P", "Menteri Besar Mohamed Azmin Ali,Azmin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNamesAreFoundWhole(String id, String body, String expected, String notNames) {
        new EntityPatternsTest().theNamesAreFoundWhole(id, body, expected, notNames);
    }
}
