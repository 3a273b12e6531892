package io.newsflow.ingest.feed;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.newsflow.model.ArticleIds;

/** The registered feeds, by id. Registration checks the URL against the address rules first. */
@Component
class FeedRegistry {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, FeedState> feeds = new ConcurrentHashMap<>();
    private final FeedProperties properties;
    private final AddressGuard guard;
    private final Clock clock;

    FeedRegistry(FeedProperties properties, Clock clock) {
        this.properties = properties;
        this.guard = AddressGuard.from(properties);
        this.clock = clock;
        for (FeedProperties.ConfiguredFeed feed : properties.configured()) {
            try {
                add(feed.id(), feed.url(), feed.pollInterval(), feed.paused() != null && feed.paused());
            } catch (RuntimeException e) {
                throw new IllegalStateException("newsflow.feeds.configured: feed " + feed.url() + " is not usable: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Registers a feed.
     *
     * @throws IllegalArgumentException for a bad id, URL or interval, or an id already taken
     * @throws FeedRejectedException    for a URL that points at a non-public address
     */
    FeedState add(String id, String url, Duration pollInterval, boolean paused) {
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

    boolean remove(String id) {
        return feeds.remove(id) != null;
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
