package io.newsflow.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Polls due feeds: fetch (conditional), parse, publish new or changed entries as raw items, record health. A rejected
 * document (unsafe, too large, hostile or broken) is dead-lettered; every failure backs the feed off exponentially.
 */
@Component
class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private static final int DEAD_LETTER_SNIPPET_BYTES = 4096;

    private final FeedRegistry registry;
    private final EventPublisher publisher;
    private final FeedProperties properties;
    private final FeedOwnership ownership;
    private final Clock clock;
    private final FeedParser parser = new FeedParser();
    private FeedFetcher fetcher;
    private ScheduledExecutorService ticker;
    private ExecutorService workers;
    private volatile boolean running;

    FeedPoller(FeedRegistry registry, EventPublisher publisher, FeedProperties properties, FeedOwnership ownership,
               Clock clock) {
        this.registry = registry;
        this.publisher = publisher;
        this.properties = properties;
        this.ownership = ownership;
        this.clock = clock;
    }

    /** Polls feed {@code id} now, whether due or paused, and returns its health afterwards. */
    FeedView pollNow(String id) {
        FeedState feed = registry.get(id);
        if (feed.claimIfDue(clock.instant(), true)) {
            poll(feed);
        }
        return feed.view();
    }

    private void tick() {
        Instant now = clock.instant();
        for (FeedState feed : registry.all()) {
            if (ownedHere(feed) && feed.claimIfDue(now, false)) {
                workers.execute(() -> poll(feed));
            }
        }
    }

    /** True when this instance polls {@code feed} (see {@link FeedOwnership}). */
    private boolean ownedHere(FeedState feed) {
        try {
            return ownership.owns(feed.id());
        } catch (RuntimeException e) {
            log.debug("Cannot tell yet which instance polls feed {}: {}", feed.id(), e.toString());
            return false;
        }
    }

    void poll(FeedState feed) {
        try {
            fetchAndPublish(feed);
        } finally {
            registry.polled(feed);
        }
    }

    private void fetchAndPublish(FeedState feed) {
        FetchResult fetch = null;
        try {
            fetch = fetcher().fetch(feed.url(), feed.etag(), feed.lastModified());
            if (fetch.notModified()) {
                feed.succeeded(clock.instant(), fetch, 0, 0);
                return;
            }
            ParsedFeed parsed = parser.parse(fetch.body(), fetch.contentType());
            List<RawFeedItem> fresh = new ArrayList<>();
            Instant now = clock.instant();
            for (FeedEntry entry : parsed.entries()) {
                String key = entry.key() != null ? entry.key() : entry.title();
                if (feed.isNew(String.valueOf(key), Objects.hash(entry.title(), entry.content(), entry.link()))) {
                    fresh.add(new RawFeedItem(Topics.SCHEMA_VERSION, "feed", feed.id(), null, entry.link(),
                            fetch.finalUrl().toString(), parsed.title(), entry.title(), entry.content(),
                            entry.published(), entry.language(), now));
                }
            }
            publisher.raw(fresh, "feed:" + feed.id());
            feed.succeeded(clock.instant(), fetch, parsed.entries().size(), fresh.size());
            log.info("Polled feed {} ({}): {} entries, {} new", feed.id(), parsed.format(), parsed.entries().size(), fresh.size());
        } catch (FeedRejectedException e) {
            publisher.reject(feed.id(), snippet(fetch), "feed " + feed.id() + " (" + feed.url() + "): " + e.getMessage(),
                    FeedRejectedException.class);
            backOff(feed, e.getMessage());
        } catch (RuntimeException e) {
            backOff(feed, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void backOff(FeedState feed, String message) {
        Duration wait = feed.failed(clock.instant(), message, properties.maxBackoff());
        log.warn("Feed {} failed (attempt {} in a row), next try in {}: {}", feed.id(), feed.consecutiveFailures(), wait, message);
    }

    private static String snippet(FetchResult fetch) {
        if (fetch == null || fetch.body() == null) {
            return null;
        }
        int n = Math.min(DEAD_LETTER_SNIPPET_BYTES, fetch.body().length);
        return new String(fetch.body(), 0, n, StandardCharsets.UTF_8);
    }

    private synchronized FeedFetcher fetcher() {
        if (fetcher == null) {
            fetcher = new FeedFetcher(properties);
        }
        return fetcher;
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(properties.pollThreads(), r -> new Thread(r, "feed-poll"));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "feed-ticker"));
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
        workers.shutdownNow();
        if (fetcher != null) {
            fetcher.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
