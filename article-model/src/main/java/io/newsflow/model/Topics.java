package io.newsflow.model;

import java.util.List;

/** Topic names and the schema version. Records are keyed by article id wherever the id is known. */
public final class Topics {

    /** Version of the event records written by this release. Readers accept {@code 1..SCHEMA_VERSION}. */
    public static final int SCHEMA_VERSION = 1;

    /** {@link RawFeedItem}s as received from feeds, HTTP and imports. */
    public static final String RAW_ITEMS = "newsflow.raw-items";
    /** Normalised, de-duplicated {@link Article}s. */
    public static final String ARTICLES = "newsflow.articles";
    /** {@link TaggedArticle}s. */
    public static final String TAGGED_ARTICLES = "newsflow.tagged-articles";

    /** Suffix of every dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** The pipeline topics, in flow order. */
    public static final List<String> PIPELINE = List.of(RAW_ITEMS, ARTICLES, TAGGED_ARTICLES);

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}, e.g. {@code newsflow.articles.dlt}. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every pipeline topic followed by every dead-letter topic. */
    public static List<String> all() {
        return List.of(RAW_ITEMS, ARTICLES, TAGGED_ARTICLES,
                deadLetterTopicOf(RAW_ITEMS), deadLetterTopicOf(ARTICLES), deadLetterTopicOf(TAGGED_ARTICLES));
    }
}
