package io.newslens.page;

import java.util.Locale;
import java.util.Set;

/**
 * The labels of news sites' sections ("Local News", "Business News and Sports News"), which stand next to headlines in
 * page text: neither a headline nor an organisation's name.
 */
public final class SectionLabels {

    private SectionLabels() {
    }

    /** The topics of news sites' sections. */
    private static final Set<String> TOPICS = Set.of("local", "world", "national", "international", "business",
            "sport", "sports", "politics", "political", "health", "science", "tech", "technology", "entertainment",
            "lifestyle", "crime", "breaking", "latest", "top", "weather", "opinion", "education", "travel", "money",
            "finance", "markets", "culture", "arts", "music", "celebrity", "regional", "metro", "community", "video");

    /** Whether the text is a section's label or a list of them: topics and then "News", each. */
    public static boolean isSectionLabel(String text) {
        for (String part : text.trim().split("\\s*(,|&|\\band\\b)\\s*")) {
            String[] w = part.trim().split("\\s+");
            if (w.length < 2 || !w[w.length - 1].equalsIgnoreCase("news")) {
                return false;
            }
            for (int k = 0; k < w.length - 1; k++) {
                if (!TOPICS.contains(w[k].toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }
}
