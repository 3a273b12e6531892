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

    @Test
    void aRestartedPollerTakesTheValidatorsHealthAndScheduleTheLastPollLeft() {
        FeedState before = new FeedState("f", URL, Duration.ofMinutes(60), false, T0);
        assertThat(before.health()).as("never polled").isNull();
        before.failed(T0, "HTTP 503", Duration.ofHours(6));
        before.succeeded(T0.plusSeconds(60), new FetchResult(false, URL, new byte[0], null, "\"v7\"", "Wed, 01 May 2024 10:00:00 GMT"), 12, 12);
        FeedRecord.Health kept = before.health();

        FeedState after = new FeedState("f", URL, Duration.ofMinutes(60), false, T0.plusSeconds(120));
        after.adopt(kept);

        assertThat(after.etag()).isEqualTo("\"v7\"");
        assertThat(after.lastModified()).isEqualTo("Wed, 01 May 2024 10:00:00 GMT");
        FeedView view = after.view();
        assertThat(view.lastSuccess()).isEqualTo(T0.plusSeconds(60));
        assertThat(view.lastError()).isEqualTo(T0);
        assertThat(view.lastErrorMessage()).isEqualTo("HTTP 503");
        assertThat(view.itemsSeen()).isEqualTo(12);
        assertThat(view.nextPollAt()).as("the hourly schedule goes on").isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(60)));
        assertThat(after.claimIfDue(T0.plusSeconds(180), false)).as("not polled again at once").isFalse();
        assertThat(view.polls()).as("polls count what this instance did").isZero();
    }

    @Test
    void healthFromAnEarlierPollDoesNotOverwriteANewerOne() {
        FeedState feed = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);
        feed.succeeded(T0, new FetchResult(false, URL, new byte[0], null, "\"old\"", null), 1, 1);
        FeedRecord.Health older = feed.health();
        feed.failed(T0.plusSeconds(300), "timed out", Duration.ofHours(1));
        FeedRecord.Health newer = feed.health();

        feed.adopt(older);
        assertThat(feed.view().lastErrorMessage()).isEqualTo("timed out");
        assertThat(feed.view().consecutiveFailures()).isEqualTo(1);

        FeedState other = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);
        other.adopt(older);
        other.adopt(newer);
        assertThat(other.view().consecutiveFailures()).as("the later poll wins").isEqualTo(1);
        assertThat(other.etag()).isEqualTo("\"old\"");
        assertThat(other.health()).isEqualTo(newer);
    }

    @Test
    void aRestartedPollerKnowsTheEntriesSeenLastAndPublishesOnlyNewOrEditedOnes() {
        FeedState before = new FeedState("f", URL, Duration.ofMinutes(5), false, T0);
        int entries = FeedState.MAX_KEPT_ENTRIES + 10;
        for (int i = 0; i < entries; i++) {
            assertThat(before.isNew("guid-" + i, i)).isTrue();
        }
        before.succeeded(T0, new FetchResult(false, URL, new byte[0], null, "\"v1\"", null), entries, entries);
        FeedRecord.Health kept = before.health();
        FeedRecord.Health read = io.newsflow.model.EventJson.fromJson(io.newsflow.model.EventJson.toJson(kept), FeedRecord.Health.class);
        assertThat(read).as("as the registry topic carries it").isEqualTo(kept);

        FeedState after = new FeedState("f", URL, Duration.ofMinutes(5), false, T0.plusSeconds(60));
        after.adopt(read);

        assertThat(after.isNew("guid-" + (entries - 1), entries - 1)).as("seen last before the restart").isFalse();
        assertThat(after.isNew("guid-10", 10)).as("the oldest kept").isFalse();
        assertThat(after.isNew("guid-20", 999_999)).as("edited since").isTrue();
        assertThat(after.isNew("guid-new", 1)).isTrue();
        assertThat(after.isNew("guid-0", 0)).as("beyond the kept " + FeedState.MAX_KEPT_ENTRIES).isTrue();
    }

    @Test
    void entryKeysHashTheSameInEveryRelease() {
        // kept entries are compared with keys hashed by a later release, so the hash must never change: these values
        // come from FNV-1a 64 and the SplitMix64 finaliser computed apart from this code
        assertThat(FeedState.keyHash("")).isEqualTo(0xf52a15e9a9b5e89bL);
        assertThat(FeedState.keyHash("guid-1")).isEqualTo(0xb46f5ba4a79f606dL);
        assertThat(FeedState.keyHash("https://news.example/a/1")).isEqualTo(0xcf6f2c3cd515b6ecL);
    }
}
