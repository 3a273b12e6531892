package io.newsflow.ingest.pipeline;

import java.util.List;
import java.util.Objects;

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
 * Raw item in, article out, in two steps so that a batch shares one round trip to Kafka: {@link #prepare} normalises
 * and de-duplicates one item, {@link #publish} writes the prepared articles and then their fingerprints. An unchanged
 * re-delivery is not published again; a near copy is published with {@code duplicateOf}.
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
     * The article {@code item} becomes, remembered by de-duplication; null for an unchanged re-delivery.
     *
     * @throws io.newsflow.model.InvalidEventException when the item cannot become a valid article
     */
    public Article prepare(RawFeedItem item) {
        return deduplicate(normalize(item));
    }

    /** Step one, pure and thread-safe: the normalised article (throws InvalidEventException with the reasons). */
    public Article normalize(RawFeedItem item) {
        return normalizer.normalize(item);
    }

    /** Step two, in arrival order: {@code article} with its verdict, remembered; null for an unchanged re-delivery. */
    public Article deduplicate(Article article) {
        DedupVerdict verdict = detector.record(article);
        if (verdict.unchanged()) {
            log.debug("Skipped unchanged re-delivery of {}", article.id());
            return null;
        }
        if (verdict.duplicateOf() != null) {
            log.info("Article {} is a copy of {}", article.id(), verdict.duplicateOf());
            return article.withDuplicateOf(verdict.duplicateOf());
        }
        return article;
    }

    /** Publishes prepared articles, then shares their fingerprints; on failure they are forgotten, to be redone. */
    public void publish(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        try {
            publisher.articles(articles);
            fingerprints.saveAll(articles.stream().map(a -> detector.remembered(a.id())).filter(Objects::nonNull).toList());
        } catch (RuntimeException e) {
            // the items will be retried; they must then count as new, not as unchanged re-deliveries
            articles.forEach(a -> detector.forget(a.id()));
            throw e;
        }
    }

    /** The verdict the article with {@code fingerprint} would get now, without remembering it. */
    public DedupVerdict peek(io.newsflow.ingest.dedup.Fingerprint fingerprint) {
        return detector.check(fingerprint);
    }
}
