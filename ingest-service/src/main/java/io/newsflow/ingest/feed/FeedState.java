package io.newsflow.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One registered feed: its settings, its conditional-GET validators, its health and the entries it has seen (the
 * latest of them are kept with its health, so a restart does not publish a changed document's old entries again).
 */
final class FeedState {

    private static final int MAX_REMEMBERED_ENTRIES = 10_000;
    /**
     * The entries seen last that a poll's record on the registry topic carries (12 bytes each), so that after a
     * restart the entries of the document before are not published again. A feed document rarely holds more.
     */
    static final int MAX_KEPT_ENTRIES = 1_000;

    private final String id;
    private final URI url;
    private final Duration interval;
    private boolean paused;
    private String etag;
    private String lastModified;
    private Instant nextPollAt;
    private Instant lastSuccess;
    private Instant lastError;
    private String lastErrorMessage;
    private int consecutiveFailures;
    private long itemsSeen;
    private long itemsNew;
    private long polls;
    private long notModified;
    private boolean polling;
    /** Entry key (64-bit hash, see {@link #keyHash}) to content hash, least recently seen first. */
    private final Map<Long, Integer> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > MAX_REMEMBERED_ENTRIES;
        }
    };

    FeedState(String id, URI url, Duration interval, boolean paused, Instant now) {
        this.id = id;
        this.url = url;
        this.interval = interval;
        this.paused = paused;
        this.nextPollAt = now;
    }

    String id() {
        return id;
    }

    URI url() {
        return url;
    }

    Duration interval() {
        return interval;
    }

    synchronized boolean paused() {
        return paused;
    }

    synchronized String etag() {
        return etag;
    }

    synchronized String lastModified() {
        return lastModified;
    }

    synchronized void paused(boolean paused, Instant now) {
        this.paused = paused;
        if (!paused) {
            nextPollAt = now;
        }
    }

    /** Claims the feed for one poll if it is due; false when paused, not due or already being polled. */
    synchronized boolean claimIfDue(Instant now, boolean force) {
        if (polling || (!force && (paused || now.isBefore(nextPollAt)))) {
            return false;
        }
        polling = true;
        return true;
    }

    /** True when the entry with {@code key} and content hash {@code hash} was not seen before (or changed). */
    synchronized boolean isNew(String key, int hash) {
        Integer previous = seen.put(keyHash(key), hash);
        return previous == null || previous != hash;
    }

    /**
     * The {@value #MAX_KEPT_ENTRIES} entries seen last (all when fewer), oldest first, as base64 of 12 bytes each: the
     * key's hash and the content hash. Null when none was seen.
     */
    synchronized String seenEntries() {
        if (seen.isEmpty()) {
            return null;
        }
        int kept = Math.min(seen.size(), MAX_KEPT_ENTRIES);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(kept * 12);
        int skip = seen.size() - kept;
        for (Map.Entry<Long, Integer> entry : seen.entrySet()) {
            if (skip-- > 0) {
                continue;
            }
            bytes.putLong(entry.getKey()).putInt(entry.getValue());
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Remembers the entries {@link #seenEntries} gave, as seen most recently; ignores what it cannot read. */
    private void rememberSeen(String entries) {
        byte[] bytes;
        try {
            bytes = java.util.Base64.getDecoder().decode(entries);
        } catch (IllegalArgumentException e) {
            return;
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.remaining() >= 12) {
            seen.put(buffer.getLong(), buffer.getInt());
        }
    }

    /** A 64-bit hash of an entry key (FNV-1a over its characters, then mixed): the same in every release. */
    static long keyHash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    synchronized void succeeded(Instant now, FetchResult fetch, int entries, int fresh) {
        polling = false;
        polls++;
        if (fetch.notModified()) {
            notModified++;
        }
        etag = fetch.etag();
        lastModified = fetch.lastModified();
        lastSuccess = now;
        consecutiveFailures = 0;
        itemsSeen += entries;
        itemsNew += fresh;
        nextPollAt = now.plus(interval);
    }

    /** Records a failure and backs off exponentially: interval × 2^(failures-1), at most {@code maxBackoff}. */
    synchronized Duration failed(Instant now, String message, Duration maxBackoff) {
        polling = false;
        polls++;
        consecutiveFailures++;
        lastError = now;
        lastErrorMessage = message;
        long factor = 1L << Math.min(20, consecutiveFailures - 1);
        Duration wait = interval.multipliedBy(factor);
        if (wait.compareTo(maxBackoff) > 0 || wait.isNegative()) {
            wait = maxBackoff;
        }
        nextPollAt = now.plus(wait);
        return wait;
    }

    /** The health to keep on the registry topic; null when the feed was never polled. */
    synchronized FeedRecord.Health health() {
        return FeedRecord.Health.of(view(), seenEntries());
    }

    /** This feed as the registry topic keeps it: settings and health of one moment (one hold of the lock). */
    synchronized FeedRecord record() {
        return new FeedRecord(id, url.toString(), interval.toString(), paused, health());
    }

    /**
     * Takes the health another poller (or this instance before a restart) recorded, when it comes from a later poll
     * than the one this state knows of; typically the feed's own write coming back changes nothing.
     */
    synchronized void adopt(FeedRecord.Health health) {
        if (health == null || health.lastAttempt() == null) {
            return;
        }
        FeedRecord.Health known = FeedRecord.Health.of(view(), null); // when it ended is all that is compared
        if (known != null && !health.lastAttempt().isAfter(known.lastAttempt())) {
            return;
        }
        etag = health.etag();
        lastModified = health.lastModified();
        lastSuccess = health.lastSuccess();
        lastError = health.lastError();
        lastErrorMessage = health.lastErrorMessage();
        consecutiveFailures = health.consecutiveFailures();
        itemsSeen = health.itemsSeen();
        itemsNew = health.itemsNew();
        if (health.nextPollAt() != null && !paused) {
            nextPollAt = health.nextPollAt();
        }
        if (health.seenEntries() != null) {
            rememberSeen(health.seenEntries());
        }
    }

    synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    synchronized FeedView view() {
        return new FeedView(id, url.toString(), interval.toString(), paused, lastSuccess, lastError, lastErrorMessage,
                consecutiveFailures, itemsSeen, itemsNew, polls, notModified, nextPollAt, etag, lastModified);
    }
}
