package io.newsflow.ingest.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.newsflow.model.ArticleIds;

/**
 * The registered feeds, by id. Registration checks the URL against the address rules first. Changes made through the
 * API are written to the registry topic ({@link FeedJournal}) before they are answered; {@link FeedRegistryReplay}
 * brings in those of earlier runs and of other instances. Feeds from configuration are local to each instance.
 */
@Component
class FeedRegistry {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Logger log = LoggerFactory.getLogger(FeedRegistry.class);

    private final Map<String, FeedState> feeds = new ConcurrentHashMap<>();
    /** Ids of the feeds from configuration: local, not on the registry topic. */
    private final Set<String> configured = ConcurrentHashMap.newKeySet();
    private final FeedProperties properties;
    private final AddressGuard guard;
    private final FeedJournal journal;
    private final Clock clock;

    FeedRegistry(FeedProperties properties, FeedJournal journal, Clock clock) {
        this.properties = properties;
        this.journal = journal;
        this.guard = AddressGuard.from(properties);
        this.clock = clock;
        for (FeedProperties.ConfiguredFeed feed : properties.configured()) {
            try {
                configured.add(register(feed.id(), feed.url(), feed.pollInterval(), feed.paused() != null && feed.paused()).id());
            } catch (RuntimeException e) {
                throw new IllegalStateException("newsflow.feeds.configured: feed " + feed.url() + " is not usable: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Registers a feed and records it on the registry topic.
     *
     * @throws IllegalArgumentException for a bad id, URL or interval
     * @throws IllegalStateException    for an id already taken
     * @throws FeedRejectedException    for a URL that points at a non-public address
     */
    FeedState add(String id, String url, Duration pollInterval, boolean paused) {
        FeedState state = register(id, url, pollInterval, paused);
        try {
            journal.saved(state);
        } catch (RuntimeException e) {
            feeds.remove(state.id(), state);
            throw e;
        }
        return state;
    }

    private FeedState register(String id, String url, Duration pollInterval, boolean paused) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url: must not be blank");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url: not a valid URL: " + e.getMessage());
        }
        guard.check(uri);
        String feedId = id == null || id.isBlank() ? derivedId(uri) : id.strip();
        if (!ID.matcher(feedId).matches()) {
            throw new IllegalArgumentException("id: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Duration interval = pollInterval == null ? properties.defaultPollInterval() : pollInterval;
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("pollInterval: must be at least 1 second, was " + interval);
        }
        FeedState state = new FeedState(feedId, uri, interval, paused, clock.instant());
        if (feeds.putIfAbsent(feedId, state) != null) {
            throw new IllegalStateException("feed " + feedId + " is already registered");
        }
        return state;
    }

    FeedState get(String id) {
        FeedState state = feeds.get(id);
        if (state == null) {
            throw new UnknownFeedException(id);
        }
        return state;
    }

    /** Removes feed {@code id}, on the registry topic too; false when there is none. */
    boolean remove(String id) {
        if (!feeds.containsKey(id)) {
            return false;
        }
        journal.removed(id);
        // the registry tail may already have taken our tombstone and dropped the feed: removed either way
        feeds.remove(id);
        return true;
    }

    /** Pauses or resumes feed {@code id} and records that on the registry topic. */
    FeedState paused(String id, boolean paused) {
        FeedState feed = get(id);
        feed.paused(paused, clock.instant());
        journal.saved(feed);
        return feed;
    }

    /** Takes a registration read from the registry topic: adds the feed, or updates a known one. */
    void apply(FeedRecord record) {
        URI url = URI.create(record.url());
        Duration interval = Duration.parse(record.pollInterval());
        feeds.compute(record.id(), (id, known) -> {
            if (known != null && known.url().equals(url) && known.interval().equals(interval)) {
                if (known.paused() != record.paused()) {
                    known.paused(record.paused(), clock.instant());
                }
                return known; // its health is taken below if the record's is newer
            }
            return new FeedState(id, url, interval, record.paused(), clock.instant());
        }).adopt(record.health()); // a restart or another poller goes on where the latest poll left off
    }

    /**
     * Records feed {@code feed}'s health after a poll on the registry topic, when the feed is registered there (feeds
     * from configuration are local to each instance). A failure to write is only logged: the poll itself happened.
     */
    void polled(FeedState feed) {
        if (feeds.get(feed.id()) != feed || configured.contains(feed.id())) {
            return; // removed meanwhile, or local
        }
        try {
            journal.saved(feed);
        } catch (RuntimeException e) {
            log.warn("Could not record the health of feed {} on {}: {}", feed.id(), journal.topic(), e.getMessage());
        }
    }

    /** Drops feed {@code id} because the registry topic says it was removed. */
    void forget(String id) {
        feeds.remove(id);
    }

    Collection<FeedState> all() {
        return feeds.values();
    }

    List<FeedView> views() {
        return feeds.values().stream().map(FeedState::view).sorted(Comparator.comparing(FeedView::id)).toList();
    }

    private static String derivedId(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("[^a-z0-9.-]", "-");
        String hash = ArticleIds.forUrl(uri.toString()).substring(2, 10);
        String base = host.length() > 40 ? host.substring(0, 40) : host;
        return base + "-" + hash;
    }

    /** No feed has this id: 404. */
    static class UnknownFeedException extends RuntimeException {
        UnknownFeedException(String id) {
            super("no feed with id " + id);
        }
    }
}
