package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSignalsTest {

    @Test
    void wordCountHandlesOddWhitespace() {
        assertEquals(0, TextSignals.wordCount(" \u00A0\t"));
        assertEquals(3, TextSignals.wordCount("Xi\u00A0met  Putin\u200B"));
    }

    @Test
    void sentenceBreaksIgnoreAbbreviationsAndInitials() {
        assertEquals(0, TextSignals.sentenceBreaks("Mr. Xi met Dr. Smith in the U.S. State Department"));
        assertEquals(0, TextSignals.sentenceBreaks("John F. Kennedy"));
        assertEquals(1, TextSignals.sentenceBreaks("Xi arrived. Putin waited."));
        assertEquals(1, TextSignals.sentenceBreaks("\u201CWe are friends.\u201D Putin smiled."));
        assertEquals(0, TextSignals.sentenceBreaks("The figure was 3.5 percent"));
        assertEquals(0, TextSignals.sentenceBreaks("Really? no."));
    }

    @Test
    void endsSentence() {
        assertTrue(TextSignals.endsSentence("He said so."));
        assertTrue(TextSignals.endsSentence("\u201CNo limits.\u201D"));
        assertTrue(TextSignals.endsSentence("Why?"));
        assertFalse(TextSignals.endsSentence("Putin seeks help from a friend"));
        assertFalse(TextSignals.endsSentence("His options:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What to expect from China-Russia talks?", "Kuznetsova 'failed a drugs test'",
        "Unrequited friendship - epilogue of the New Year's conversation between Xi and Putin",
        "U.S. and China agree trade truce", "2024: the year of elections", "\u2018No limits\u2019 partnership tested",
        "Privacy concerns grow over app", "More in Common poll shows Labour lead", "Copyright Office rejects AI art"})
    void headlines(String s) {
        assertTrue(TextSignals.looksLikeHeadline(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xi arrived in Moscow. Putin was waiting for him at the airport.",
        "Shops all over the UK reported strong sales on the last Saturday before Christmas with some claiming records.",
        "and then the talks began", "Leave a Reply", "Advertisement", ""})
    void notHeadlines(String s) {
        assertFalse(TextSignals.looksLikeHeadline(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leave a Reply", "Leave a comment", "Subscribe to CDT", "Subscribe", "Share this", "Share on Facebook",
        "Related", "Related articles", "Comments", "12 Comments", "Google Ads 1", "Advertisement", "Welcome back!", "Show More",
        "Back to top button", "Your email address will not be published. Required fields are marked *",
        "Click on the image to download Firefly for circumvention", "Open popup", "SUPPORT CDT", "Support us",
        "We use cookies to give you the best experience.", "Accept all cookies", "Tags: China, Russia",
        "Sign up for our daily newsletter", "Read more", "You may also like", "Most read", "Skip to content",
        "\u00A9 2024 Example Media. All rights reserved.", "Follow us on Twitter", "Next article", "5 min read",
        "Copyright 2023 The Associated Press", "Privacy Policy | Terms of Use | Contact Us", "Manage cookies", "Sign in",
        "More stories", "Cookie settings"})
    void strongCues(String s) {
        assertTrue(TextSignals.isStrongCue(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Putin seeks help from a friend", "Support for the war is waning", "Supporters gathered in Moscow",
        "Related talks will follow next week.", "Comments by the minister angered Beijing.", "A wish list for China",
        "Analysis box by Steve Rosenberg, Russia Editor", "Thanks to Lillian Barkley for copy editing this article.",
        "Share prices fell sharply in Shanghai on Monday.", "Home secretary defends asylum plan", "Login problems hit banks",
        "More in Common poll shows Labour lead", "Privacy concerns grow over app", "Copyright Office rejects AI art",
        "EU tightens cookie consent rules for websites", "Search for survivors continues", "Latest: Xi lands in Moscow",
        "Contact lost with Russian submarine", "Help arrives in quake zone"})
    void storyLinesAreNotCues(String s) {
        assertFalse(TextSignals.isStrongCue(s), s);
        assertFalse(TextSignals.isInlineJunk(s), s);
    }

    @Test
    void softCuesMarkAppeals() {
        assertTrue(TextSignals.isSoftCue("CDT is a non-profit media site, and we need your support. Your contribution will help us."));
        assertTrue(TextSignals.isSoftCue("Please consider donating to keep our journalism free."));
        assertTrue(TextSignals.isSoftCue("You have reached your free article limit."));
        assertFalse(TextSignals.isSoftCue("Putin said Russia needs friends who bring concrete benefit."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"News|Politics", "World \u203A Europe", "Home / World / Asia", "News \u00BB UK \u00BB Politics"})
    void breadcrumbs(String s) {
        assertTrue(TextSignals.isBreadcrumb(s), s);
        assertTrue(TextSignals.isStrongCue(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xi | Putin summit ends in Moscow with a deal", "He said: yes / no.", "50/50 chance", "and/or",
        "Russia-China talks"})
    void notBreadcrumbs(String s) {
        assertFalse(TextSignals.isBreadcrumb(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "Skip Advertisement", "Continue reading the main story",
        "Story continues below advertisement", "Read more: Xi lands in Moscow", "READ MORE: Putin's war", "Related: Xi visit",
        "Also read \u2013 China's peace plan", "Image source, Getty Images", "Image caption,", "Media caption", "Photo credit: AFP"})
    void inlineJunk(String s) {
        assertTrue(TextSignals.isInlineJunk(s), s);
    }

    @Test
    void shortNonSentence() {
        assertTrue(TextSignals.isShortNonSentence("CDT EBOOKS"));
        assertTrue(TextSignals.isShortNonSentence("X"));
        assertFalse(TextSignals.isShortNonSentence("Enter Xi Jinping."));
        assertFalse(TextSignals.isShortNonSentence("Vladimir Putin and Xi Jinping are set to meet for talks in Moscow"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "Tomorrow's Affairs Staff", "Reuters", "JANE DOE", "Jane Doe and John Roe",
        "Ludwig van Beethoven", "Jane Doe, Staff writer", "the Associated Press", "Jane Doe, BBC News", "J. R. Smith"})
    void names(String s) {
        assertTrue(TextSignals.looksLikeName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the time he arrived", "then, Xi", "Putin's logic, the war", "Monday, officials said", "",
        "staff", "Jane Doe 2023", "and Jane"})
    void notNames(String s) {
        assertFalse(TextSignals.looksLikeName(s), s);
    }
}
