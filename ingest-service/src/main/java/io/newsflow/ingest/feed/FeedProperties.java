package io.newsflow.ingest.feed;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Feed polling and fetching ({@code newsflow.feeds.*}, env {@code NEWSFLOW_FEEDS_*}).
 *
 * @param configured             feeds registered at start-up ({@code newsflow.feeds.configured[0].url=...})
 * @param defaultPollInterval    poll interval of a feed registered without one
 * @param connectTimeout         TCP/TLS connect timeout
 * @param readTimeout            longest a whole fetch may take, headers and body together
 * @param maxBytes               largest feed document, counted while streaming and again after gzip decoding
 * @param maxRedirects           most redirects followed; each target is checked against the address rules
 * @param maxBackoff             longest wait after repeated failures (the wait doubles per failure)
 * @param allowPrivateAddresses  allow loopback, private, link-local and metadata addresses (never in production)
 * @param allowedHosts           host names or IP addresses allowed even though they are private, e.g. 127.0.0.1
 * @param pollThreads            feeds fetched at the same time
 * @param userAgent              User-Agent header sent with every fetch
 * @param registryTopic          compacted topic that keeps the feeds registered through the API (key: feed id)
 * @param registryReplayTimeout  how long start-up may spend reading the registry topic before giving up
 */
@Validated
@ConfigurationProperties("newsflow.feeds")
public record FeedProperties(
        @Valid List<ConfiguredFeed> configured,
        @NotNull Duration defaultPollInterval,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1024) @Max(1_073_741_824) Long maxBytes,
        @Min(0) @Max(20) Integer maxRedirects,
        @NotNull Duration maxBackoff,
        Boolean allowPrivateAddresses,
        List<String> allowedHosts,
        @Min(1) @Max(64) Integer pollThreads,
        @NotBlank String userAgent,
        @NotBlank String registryTopic,
        @NotNull Duration registryReplayTimeout) {

    public FeedProperties {
        configured = configured == null ? List.of() : List.copyOf(configured);
        defaultPollInterval = defaultPollInterval == null ? Duration.ofMinutes(5) : defaultPollInterval;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        pollThreads = pollThreads == null ? 2 : pollThreads;
        userAgent = userAgent == null ? "newsflow-ingest/0.1 (+https://github.com/newsflow)" : userAgent;
        registryTopic = registryTopic == null ? "newsflow.ingest.feeds" : registryTopic;
        registryReplayTimeout = registryReplayTimeout == null ? Duration.ofMinutes(2) : registryReplayTimeout;
    }

    /** Defaults for code outside Spring (tests, CLI). */
    public static FeedProperties defaults() {
        return new FeedProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A feed from configuration.
     *
     * @param id           feed id; derived from the URL when absent
     * @param url          feed URL
     * @param pollInterval poll interval; {@code default-poll-interval} when absent
     * @param paused       registered but not polled
     */
    public record ConfiguredFeed(String id, @NotBlank String url, Duration pollInterval, Boolean paused) {
    }
}
