package io.newsflow.cli.corpus;

import java.time.Instant;

import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * One line of a corpus / import JSONL file: an article and, in gold files, its annotations.
 *
 * @param id        unique article id
 * @param source    outlet name
 * @param url       article URL
 * @param published publication time as written (ISO-8601 in the corpus)
 * @param language  ISO 639-1 code, may be null
 * @param title     headline
 * @param body      plain text, paragraphs separated by a blank line
 * @param gold      the annotations, or null in a plain import file
 */
public record CorpusArticle(String id, String source, String url, String published, String language, String title,
                            String body, Gold gold) {

    /** The article as the pipeline receives an import: a {@link RawFeedItem} with origin {@code import}. */
    public RawFeedItem toRawItem(Instant receivedAt) {
        return new RawFeedItem(Topics.SCHEMA_VERSION, "import", null, id, url, null, source, title, body, published,
                language, receivedAt);
    }

    /** Whether this line carries gold annotations. */
    public boolean hasGold() {
        return gold != null;
    }
}
