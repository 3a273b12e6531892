package io.newsflow.ingest.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.ingest.dedup.DedupVerdict;
import io.newsflow.ingest.dedup.FingerprintStore;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.Article;
import io.newsflow.model.RawFeedItem;

/**
 * Raw item in, article out: normalise, de-duplicate, publish on the articles topic, then share the fingerprint.
 * An unchanged re-delivery is not published again; a near copy is published with {@code duplicateOf}.
 */
public class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final ArticleNormalizer normalizer;
    private final NearDuplicateDetector detector;
    private final FingerprintStore fingerprints;
    private final EventPublisher publisher;

    public IngestPipeline(ArticleNormalizer normalizer, NearDuplicateDetector detector, FingerprintStore fingerprints,
                          EventPublisher publisher) {
        this.normalizer = normalizer;
        this.detector = detector;
        this.fingerprints = fingerprints;
        this.publisher = publisher;
    }

    /**
     * Processes {@code item}.
     *
     * @return the article as published, or null for an unchanged re-delivery
     * @throws io.newsflow.model.InvalidEventException when the item cannot become a valid article
     */
    public Article process(RawFeedItem item) {
        Article article = normalizer.normalize(item);
        DedupVerdict verdict = detector.record(article);
        if (verdict.unchanged()) {
            log.debug("Skipped unchanged re-delivery of {}", article.id());
            return null;
        }
        Article out = verdict.duplicateOf() == null ? article : article.withDuplicateOf(verdict.duplicateOf());
        try {
            publisher.article(out);
            fingerprints.save(detector.remembered(out.id()));
        } catch (RuntimeException e) {
            // the item will be retried or re-sent; it must then count as new, not as an unchanged re-delivery
            detector.forget(out.id());
            throw e;
        }
        if (out.duplicateOf() != null) {
            log.info("Published {} as a near copy of {}", out.id(), out.duplicateOf());
        }
        return out;
    }

    /** The verdict {@code article} would get now, without remembering it. */
    public DedupVerdict peek(Article article) {
        return detector.check(article);
    }
}
