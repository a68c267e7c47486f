package io.newslens.contract;

/** Kafka topic and channel names shared by producers, consumers and tests. */
public final class Topics {

    /** Articles to analyse; key = article id, value = {@link ArticleMessage} as JSON. */
    public static final String ARTICLES = "articles";

    /** Messages that can never be analysed, with the reason in headers. */
    public static final String ARTICLES_DLQ = "articles-dlq";

    /** Header naming the kind of event carried by a message on {@link #ARTICLES}. */
    public static final String HEADER_EVENT_TYPE = "newslens-event-type";

    /** Header carrying a unique id per produced event. */
    public static final String HEADER_EVENT_ID = "newslens-event-id";

    /** Event type of a newly ingested (or re-ingested) article. */
    public static final String EVENT_ARTICLE_SUBMITTED = "article.submitted";

    private Topics() {
    }
}
