package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.dedup.Fingerprint;
import io.newsflow.model.Article;

/**
 * A raw item after the costly, pure part of ingest: its normalised article and the article's fingerprint.
 *
 * @param article     the normalised article, without a de-duplication verdict
 * @param fingerprint its fingerprint (content hash and MinHash signature)
 */
public record Normalised(Article article, Fingerprint fingerprint) {

    static Normalised of(Article article) {
        return new Normalised(article, Fingerprint.of(article));
    }
}
