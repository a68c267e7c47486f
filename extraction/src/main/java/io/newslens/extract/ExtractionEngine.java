package io.newslens.extract;

import java.util.List;

/**
 * The extraction engine: article text in, entities and quotes out. Plain Java, no framework; the Kafka
 * consumer, the offline tool and the tests call it the same way. Load once ({@link #load()} reads the
 * models), then call {@link #analyze(String, String)} from any number of threads.
 */
public final class ExtractionEngine {

    /** Bump whenever rules, word lists or models change what the engine outputs. */
    static final String RULES_VERSION = "0.19";

    private final Tagger tagger;

    private ExtractionEngine(Tagger tagger) {
        this.tagger = tagger;
    }

    /** Loads the models. Takes a few seconds; do it once per process. */
    public static ExtractionEngine load() {
        return new ExtractionEngine(Tagger.load());
    }

    /** Identifies the rules and models; stored with every analysis. Changes whenever output can change. */
    public String version() {
        return "newslens-extract/" + RULES_VERSION + "+corenlp-4.5.10-english.all.3class.distsim";
    }

    /**
     * Analyses one article.
     *
     * @param title the headline, or null
     * @param body  the clean article body (see {@code io.newslens.page.RawTextParser} for raw page text)
     */
    public ArticleAnalysis analyze(String title, String body) {
        return analyze(title, null, body);
    }

    /**
     * Analyses one article whose author line is known: the people and organisations it names are entities
     * of the article too (mentions in {@link Section#BYLINE}).
     *
     * @param title  the headline, or null
     * @param byline the author line without its "By" prefix, or null
     * @param body   the clean article body
     */
    public ArticleAnalysis analyze(String title, String byline, String body) {
        String t = title == null ? "" : title;
        String y = byline == null ? "" : byline;
        String b = body == null ? "" : body;
        List<Tok> titleToks = tagger.tag(t);
        List<Tok> bylineToks = tagger.tag(y);
        List<Tok> bodyToks = tagger.tag(b);
        Entities.Result ents = Entities.resolve(List.of(new Entities.Part(Section.TITLE, t, titleToks),
                new Entities.Part(Section.BYLINE, y, bylineToks), new Entities.Part(Section.BODY, b, bodyToks)));
        List<ExtractedQuote> quotes = Quotes.find(b, bodyToks, ents);
        return new ArticleAnalysis(version(), ents.entities(), quotes, titleToks.size() + bylineToks.size() + bodyToks.size());
    }
}
