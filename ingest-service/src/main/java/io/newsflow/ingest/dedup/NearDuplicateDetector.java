package io.newsflow.ingest.dedup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.newsflow.model.Article;

/**
 * Finds exact copies (same canonical URL or same title and body under another id) and near copies (syndicated
 * versions with a reworded headline, a sentence added or removed, light rewording) of articles seen before.
 * Near copies are found with MinHash over word 3-shingles and locality-sensitive hashing (bands of
 * {@value #ROWS_PER_BAND} rows), confirmed by the estimated Jaccard similarity reaching the threshold.
 * The duplicate points at the first article of its family, never at another copy and never at itself.
 * With a window, an article is compared only with those taken within the window before it, and older ones are
 * forgotten as the window moves on. Thread-safe. This class holds the state in memory; the service feeds it from
 * and to a compacted topic.
 */
public final class NearDuplicateDetector {

    /**
     * Default estimated Jaccard similarity of 3-shingle sets from which two articles are near copies. Measured on
     * the dev corpus: syndicated copies score 0.67-0.78, different articles of one story at most 0.055, unrelated
     * ones at most 0.03 ({@code NearDuplicateDetectorCorpusTest} prints the figures). 0.3 sits far from both.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;
    static final int ROWS_PER_BAND = 2;

    /** Forgetting what left the window is checked after this many articles learnt. */
    private static final int PRUNE_EVERY = 1_024;

    private final double threshold;
    private final Duration window;
    private final Clock clock;
    private final FingerprintTable table = new FingerprintTable();
    private int learntSincePrune;

    private NearDuplicateDetector(double threshold, Duration window, Clock clock) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], was " + threshold);
        }
        if (window != null && (window.isNegative() || window.isZero())) {
            throw new IllegalArgumentException("de-duplication window must be positive, was " + window);
        }
        this.threshold = threshold;
        this.window = window;
        this.clock = clock;
    }

    /** An empty detector with the default threshold that never forgets. */
    public static NearDuplicateDetector inMemory() {
        return new NearDuplicateDetector(DEFAULT_THRESHOLD, null, Clock.systemUTC());
    }

    /** An empty detector that treats an estimated shingle Jaccard similarity of at least {@code threshold} as a copy. */
    public static NearDuplicateDetector withThreshold(double threshold) {
        return new NearDuplicateDetector(threshold, null, Clock.systemUTC());
    }

    /**
     * An empty detector with {@code threshold} that compares an article only with those taken within {@code window}
     * before it (by {@code clock}) and forgets older ones, so its memory follows the window, not all time.
     */
    public static NearDuplicateDetector withWindow(double threshold, Duration window, Clock clock) {
        return new NearDuplicateDetector(threshold, window, clock);
    }

    /** Id of the earlier article {@code article} copies, or null; remembers {@code article}. */
    public String duplicateOf(Article article) {
        return record(article).duplicateOf();
    }

    /** The verdict on {@code article} without remembering it. */
    public DedupVerdict check(Article article) {
        return check(Fingerprint.of(article));
    }

    /** The verdict on the article with this fingerprint, without remembering it. */
    public synchronized DedupVerdict check(Fingerprint fingerprint) {
        return verdict(fingerprint);
    }

    /** The verdict on {@code article}; remembers it (see {@link #remembered}) unless it is an unchanged re-delivery. */
    public DedupVerdict record(Article article) {
        return record(Fingerprint.of(article));
    }

    /** The verdict on the article with this fingerprint; remembers it unless it is an unchanged re-delivery. */
    public synchronized DedupVerdict record(Fingerprint fingerprint) {
        DedupVerdict verdict = verdict(fingerprint);
        if (!verdict.unchanged()) {
            learn(fingerprint.withDuplicateOf(verdict.duplicateOf()));
        }
        return verdict;
    }

    /** What is remembered about article {@code id}, or null. */
    public synchronized Fingerprint remembered(String id) {
        return table.byId(id);
    }

    /** Forgets article {@code id}, e.g. because publishing it failed and it will come again. */
    public synchronized void forget(String id) {
        Fingerprint old = table.byId(id);
        if (old != null) {
            table.remove(old);
        }
    }

    /**
     * Adds what another instance (or an earlier run) learnt; the latest fingerprint of an id wins. One seen before the
     * window is ignored; one that does not say when it was seen counts as seen now.
     */
    public synchronized void learn(Fingerprint fingerprint) {
        if (fingerprint == null || !fingerprint.isValid()) {
            return;
        }
        if (fingerprint.seenAt() == 0) {
            fingerprint = fingerprint.withSeenAt(clock.millis());
        } else if (window != null && fingerprint.seenAt() < cutoff()) {
            return;
        }
        Fingerprint previous = table.byId(fingerprint.id());
        if (previous != null && previous.sameAs(fingerprint)) {
            return; // typically our own fingerprint coming back from the shared topic
        }
        if (previous != null) {
            table.remove(previous);
        }
        table.add(fingerprint);
        if (window != null && ++learntSincePrune >= PRUNE_EVERY) {
            prune();
        }
    }

    /** Forgets the articles taken before the window (oldest first); returns how many. */
    public synchronized int prune() {
        learntSincePrune = 0;
        if (window == null) {
            return 0;
        }
        List<Fingerprint> old = table.oldestSeenBefore(cutoff());
        old.forEach(table::remove);
        table.compact();
        return old.size();
    }

    /** Number of articles remembered. */
    public synchronized int size() {
        return table.size();
    }

    private DedupVerdict verdict(Fingerprint f) {
        Fingerprint same = table.byId(f.id());
        if (same != null) {
            return new DedupVerdict(same.duplicateOf(), true, same.contentHash().equals(f.contentHash()));
        }
        Fingerprint exact = f.url() == null ? null : table.byUrl(f.url());
        if (exact == null) {
            exact = table.byContent(f.contentHash());
        }
        if (exact != null) {
            return new DedupVerdict(exact.root(), false, false);
        }
        Fingerprint best = null;
        double bestScore = threshold;
        int[] slots = table.candidates(f.signature());
        for (int i = 0; i < slots.length; i++) {
            Fingerprint candidate = table.at(slots[i]);
            // slots come sorted: a candidate found in several bands is scored once
            if (candidate == null || i > 0 && slots[i] == slots[i - 1]) {
                continue;
            }
            double score = MinHash.similarity(f.signature(), candidate.signature());
            // ties go to the earliest remembered article
            if (score > bestScore || best == null && score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? DedupVerdict.NEW : new DedupVerdict(best.root(), false, false);
    }

    private long cutoff() {
        return clock.millis() - window.toMillis();
    }
}
