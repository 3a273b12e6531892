package io.newsflow.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.ingest.dedup.DedupVerdict;
import io.newsflow.ingest.dedup.Fingerprint;
import io.newsflow.ingest.dedup.FingerprintStore;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.Article;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Raw item in, article out, in steps: {@link #normalize} does the costly, pure part (HTML, dates, language, MinHash,
 * the article's JSON) on any thread, and a batch's {@link Publication} gives the verdicts in arrival order, sends the
 * articles and then shares their fingerprints. An unchanged re-delivery is not published
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
    Decision deduplicate(Normalised normalised) {
        Article article = normalised.article();
        DedupVerdict verdict = detector.record(normalised.fingerprint());
        if (verdict.unchanged()) {
            log.debug("Skipped unchanged re-delivery of {}", article.id());
            return new Decision(null, verdict, null);
        }
        if (verdict.duplicateOf() != null) {
            log.info("Article {} is a copy of {}", article.id(), verdict.duplicateOf());
            return new Decision(article.withDuplicateOf(verdict.duplicateOf()), verdict, null);
        }
        return new Decision(article, verdict, normalised.json());
    }

    /** Steps two and three for one batch: see {@link Publication}. */
    public Publication publication() {
        return new Publication();
    }

    /**
     * De-duplicates the articles of one batch in arrival order and sends each new one to {@link Topics#ARTICLES} at
     * once, so the broker works while later articles are still being decided; the fingerprints of articles the broker
     * acknowledged follow meanwhile, and {@link #finish} waits for the rest. A fingerprint goes out only after its
     * article is durable: a fingerprint without its article would make the retried article look like an unchanged
     * re-delivery and lose it.
     * When anything fails the batch's articles are forgotten, so a retry counts them as new. Not thread-safe.
     */
    public final class Publication {

        /** Fingerprints are shared in groups of at least this many articles the broker has acknowledged. */
        private static final int SHARE_EVERY = 64;

        private final List<Decision> decided = new ArrayList<>();
        /** What each decided article was decided from, in the same order. */
        private final List<Normalised> sources = new ArrayList<>();
        private final List<CompletableFuture<?>> sends = new ArrayList<>();
        private final List<CompletableFuture<?>> shares = new ArrayList<>();
        /** The first {@code shared} decided articles are durable and their fingerprints sent. */
        private int shared;

        private Publication() {
        }

        /** Step two for one article, and its article on its way to Kafka unless it is an unchanged re-delivery. */
        public Decision decide(Normalised normalised) {
            Decision decision = deduplicate(normalised);
            if (!decision.unchanged()) {
                decided.add(decision);
                sources.add(normalised);
                try {
                    sends.add(publisher.sendLater(Topics.ARTICLES, decision.article().id(), decision.payload(), List.of()));
                    if (decided.size() - shared >= SHARE_EVERY) {
                        shareDurable();
                    }
                } catch (RuntimeException e) {
                    abandon();
                    throw e;
                }
            }
            return decision;
        }

        /**
         * Waits until the broker has every article decided so far and their fingerprints; the publication can go on
         * with more articles afterwards.
         */
        public void finish() {
            if (decided.isEmpty()) {
                return;
            }
            try {
                publisher.awaitAll(Topics.ARTICLES, sends);
                shareDurable();
                fingerprints.awaitSaved(shares);
                decided.clear();
                sources.clear();
                sends.clear();
                shares.clear();
                shared = 0;
            } catch (RuntimeException e) {
                abandon();
                throw e;
            }
        }

        /** Forgets the articles decided and not yet finished: the batch failed and will come again. */
        public void abandon() {
            decided.forEach(d -> detector.forget(d.article().id()));
            decided.clear();
            sources.clear();
        }

        /** Sends the fingerprints of the leading articles the broker has acknowledged, without waiting. */
        private void shareDurable() {
            int end = shared;
            while (end < decided.size() && sends.get(end).isDone() && !sends.get(end).isCompletedExceptionally()) {
                end++;
            }
            for (; shared < end; shared++) {
                Fingerprint remembered = detector.remembered(decided.get(shared).article().id());
                if (remembered != null) {
                    Normalised source = sources.get(shared);
                    // the JSON written with the article is that of the fingerprint remembered unless the verdict
                    // (a copy) or a later fingerprint of the same id changed it
                    shares.add(fingerprints.saveLater(remembered,
                            remembered == source.fingerprint() ? source.fingerprintJson() : null));
                }
            }
        }
    }
}
