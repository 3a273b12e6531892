package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedStateTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final URI URL = URI.create("https://news.example/rss.xml");

    @Test
    void backsOffExponentiallyUpToTheCapAndResetsOnSuccess() {
        FeedState feed = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);
        Duration cap = Duration.ofMinutes(30);

        assertThat(feed.failed(T0, "HTTP 503", cap)).isEqualTo(Duration.ofMinutes(5));
        assertThat(feed.failed(T0, "HTTP 503", cap)).isEqualTo(Duration.ofMinutes(10));
        assertThat(feed.failed(T0, "HTTP 503", cap)).isEqualTo(Duration.ofMinutes(20));
        assertThat(feed.failed(T0, "timed out", cap)).isEqualTo(cap);
        assertThat(feed.view().consecutiveFailures()).isEqualTo(4);
        assertThat(feed.view().lastErrorMessage()).isEqualTo("timed out");
        assertThat(feed.view().nextPollAt()).isEqualTo(T0.plus(cap));

        feed.succeeded(T0, new FetchResult(false, URL, new byte[0], null, "\"e1\"", null), 3, 2);
        assertThat(feed.view().consecutiveFailures()).isZero();
        assertThat(feed.view().nextPollAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(feed.etag()).isEqualTo("\"e1\"");
    }

    @Test
    void isDueOnlyWhenNotPausedNotPollingAndItsTimeHasCome() {
        FeedState feed = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);

        assertThat(feed.claimIfDue(T0, false)).isTrue();
        assertThat(feed.claimIfDue(T0, true)).as("already being polled").isFalse();
        feed.succeeded(T0, FetchResult.notModified(URL, null, null), 0, 0);
        assertThat(feed.claimIfDue(T0.plusSeconds(60), false)).isFalse();
        assertThat(feed.claimIfDue(T0.plusSeconds(300), false)).isTrue();
        feed.succeeded(T0, FetchResult.notModified(URL, null, null), 0, 0);

        feed.paused(true, T0);
        assertThat(feed.claimIfDue(T0.plusSeconds(3600), false)).isFalse();
        assertThat(feed.claimIfDue(T0.plusSeconds(3600), true)).as("poll now works while paused").isTrue();
        assertThat(feed.view().notModified()).isEqualTo(2);
    }

    @Test
    void countsOnlyNewOrChangedEntriesAsNew() {
        FeedState feed = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);

        assertThat(feed.isNew("guid-1", 11)).isTrue();
        assertThat(feed.isNew("guid-1", 11)).isFalse();
        assertThat(feed.isNew("guid-1", 12)).as("edited entry").isTrue();
        assertThat(feed.isNew("guid-2", 11)).isTrue();
    }
}
