package io.newsflow.ingest.pipeline;

import io.newsflow.ingest.dedup.Fingerprint;
import io.newsflow.model.Article;
import io.newsflow.model.EventJson;

/**
 * A raw item after the costly, pure part of ingest: its normalised article, the article's fingerprint, and the JSON of
 * both, written here so that the work is spread over the cores with the rest of this step.
 *
 * @param article         the normalised article, without a de-duplication verdict
 * @param fingerprint     its fingerprint (content hash and MinHash signature)
 * @param json            the article as it goes on the articles topic when it is no copy
 * @param fingerprintJson the fingerprint as it goes on the fingerprint topic when de-duplication remembers this very
 *                        fingerprint (the article is no copy)
 */
public record Normalised(Article article, Fingerprint fingerprint, byte[] json, byte[] fingerprintJson) {

    static Normalised of(Article article) {
        Fingerprint fingerprint = Fingerprint.of(article);
        return new Normalised(article, fingerprint, EventJson.toBytes(article), EventJson.toBytes(fingerprint));
    }
}
