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
 * Raw item in, article out, in steps so that a batch shares one round trip to Kafka: {@link #normalize} does the
 * costly, pure part (HTML, dates, language, MinHash), {@link #deduplicate} gives the verdict in arrival order, and
 * {@link #publish} writes the prepared articles and then their fingerprints. An unchanged re-delivery is not published
 * again; a near copy is published with {@code duplicateOf}. Used by the raw-item listener (feed items, replays) and by
 * HTTP intake, which publishes the articles it takes itself.
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
     * Step one, pure and thread-safe: the normalised article and its fingerprint (throws InvalidEventException with
     * the reasons).
     */
    public Normalised normalize(RawFeedItem item) {
        return Normalised.of(normalizer.normalize(item));
    }

    /** Step two, in arrival order: the article with its verdict, remembered unless it is an unchanged re-delivery. */
    public Decision deduplicate(Normalised normalised) {
        Article article = normalised.article();
        DedupVerdict verdict = detector.record(normalised.fingerprint());
        if (verdict.unchanged()) {
            log.debug("Skipped unchanged re-delivery of {}", article.id());
            return new Decision(null, verdict);
        }
        if (verdict.duplicateOf() != null) {
            log.info("Article {} is a copy of {}", article.id(), verdict.duplicateOf());
            return new Decision(article.withDuplicateOf(verdict.duplicateOf()), verdict);
        }
        return new Decision(article, verdict);
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
}
