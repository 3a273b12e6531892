package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.dedup.DedupVerdict;
import io.newsflow.model.Article;

/**
 * De-duplication's answer for one normalised article.
 *
 * @param article the article to publish, with its {@code duplicateOf}; null for an unchanged re-delivery
 * @param verdict what de-duplication said
 */
public record Decision(Article article, DedupVerdict verdict) {

    /** True when there is nothing new to publish. */
    public boolean unchanged() {
        return article == null;
    }
}
