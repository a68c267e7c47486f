package io.newslens.extract;

/**
 * The extraction engine: article text in, entities and quotes out. Plain Java, no framework; the Kafka
 * consumer, the offline tool and the tests call it the same way. Load once ({@link #load()} reads the
 * models), then call {@link #analyze(String, String)} from any number of threads.
 */
public final class ExtractionEngine {

    private ExtractionEngine() {
    }

    /** Loads the models. Takes a few seconds; do it once per process. */
    public static ExtractionEngine load() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Identifies the rules and models; stored with every analysis. Changes whenever output can change. */
    public String version() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Analyses one article.
     *
     * @param title the headline, or null
     * @param body  the clean article body (see {@code io.newslens.page.RawTextParser} for raw page text)
     */
    public ArticleAnalysis analyze(String title, String body) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
