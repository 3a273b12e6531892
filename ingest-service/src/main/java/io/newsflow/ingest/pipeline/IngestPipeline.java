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
 * again; a near copy is published with {@code duplicateOf}. Intake normalises with {@link #normalizeForIntake}, which
 * hands the result over to this instance's raw-item listener, so an article is normalised once, not twice.
 */
public class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final ArticleNormalizer normalizer;
    private final NearDuplicateDetector detector;
    private final FingerprintStore fingerprints;
    private final EventPublisher publisher;
    private final Handover handover;

    /** {@code handoverEntries}: how many intake results to keep for the listener (0: none, always recompute). */
    public IngestPipeline(ArticleNormalizer normalizer, NearDuplicateDetector detector, FingerprintStore fingerprints,
                          EventPublisher publisher, int handoverEntries) {
        this.normalizer = normalizer;
        this.detector = detector;
        this.fingerprints = fingerprints;
        this.publisher = publisher;
        this.handover = new Handover(handoverEntries);
    }

    /**
     * The article {@code item} becomes, remembered by de-duplication; null for an unchanged re-delivery.
     *
     * @throws io.newsflow.model.InvalidEventException when the item cannot become a valid article
     */
    public Article prepare(RawFeedItem item) {
        return deduplicate(normalize(item));
    }

    /**
     * Step one, pure and thread-safe: the normalised article and its fingerprint, taken over from intake when this
     * instance took the item over HTTP (throws InvalidEventException with the reasons).
     */
    public Normalised normalize(RawFeedItem item) {
        Normalised done = handover.take(item);
        return done != null ? done : Normalised.of(normalizer.normalize(item));
    }

    /** Intake's step one: like {@link #normalize}, without the hand-over; see {@link #handOver}. */
    public Normalised normalizeForIntake(RawFeedItem item) {
        return Normalised.of(normalizer.normalize(item));
    }

    /** Keeps intake's result for {@code item}, which is about to be published on the raw topic, for the listener. */
    public void handOver(RawFeedItem item, Normalised normalised) {
        handover.put(item, normalised);
    }

    /** Step two, in arrival order: the article with its verdict, remembered; null for an unchanged re-delivery. */
    public Article deduplicate(Normalised normalised) {
        Article article = normalised.article();
        DedupVerdict verdict = detector.record(normalised.fingerprint());
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
