package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.dedup.DedupVerdict;
import io.newsflow.model.Article;

/**
 * De-duplication's answer for one normalised article.
 *
 * @param article the article to publish, with its {@code duplicateOf}; null for an unchanged re-delivery
 * @param verdict what de-duplication said
 * @param json    the article's JSON when it was written before the verdict and the verdict did not change it, else
 *                null (it is then written on publishing)
 */
public record Decision(Article article, DedupVerdict verdict, byte[] json) {

    /** True when there is nothing new to publish. */
    public boolean unchanged() {
        return article == null;
    }

    /** What goes on the articles topic: the JSON written earlier, or the article. */
    Object payload() {
        return json != null ? json : article;
    }
}
