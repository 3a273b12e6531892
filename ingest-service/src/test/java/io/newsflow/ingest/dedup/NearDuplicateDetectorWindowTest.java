package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;

class NearDuplicateDetectorWindowTest {

    private static final Duration WINDOW = Duration.ofHours(1);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final NearDuplicateDetector detector = NearDuplicateDetector.withWindow(0.3, WINDOW, clock);
    private final Random random = new Random(7);

    /** An article taken now, of {@code words} random words (unrelated articles share no shingles). */
    private Article article(String id, String body) {
        return new Article(1, id, "https://wire.example/" + id, "Wire", "Title " + id, body, clock.instant(), "en",
                null, clock.millis());
    }

    private String words(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append('w').append(random.nextInt(1_000_000)).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void findsCopiesWithinTheWindowAndForgetsArticlesOnceItHasMovedPastThem() {
        String body = words(200);
        assertThat(detector.duplicateOf(article("original", body))).isNull();
        clock.advance(Duration.ofMinutes(30));
        assertThat(detector.duplicateOf(article("copy", body + " One more sentence."))).isEqualTo("original");

        clock.advance(Duration.ofMinutes(45));
        assertThat(detector.prune()).isEqualTo(1);
        assertThat(detector.remembered("original")).isNull();
        assertThat(detector.remembered("copy")).isNotNull();

        clock.advance(Duration.ofMinutes(30));
        assertThat(detector.prune()).isEqualTo(1);
        assertThat(detector.size()).isZero();
        assertThat(detector.duplicateOf(article("late-copy", body))).isNull();
    }

    @Test
    void ignoresFingerprintsFromBeforeTheWindowAndTakesUndatedOnesAsSeenNow() {
        Fingerprint old = Fingerprint.of(article("old", words(50)));
        Fingerprint undated = Fingerprint.of(article("undated", words(50))).withSeenAt(0);

        detector.learn(old.withSeenAt(clock.millis() - WINDOW.toMillis() - 1));
        detector.learn(undated);

        assertThat(detector.remembered("old")).isNull();
        assertThat(detector.remembered("undated").seenAt()).isEqualTo(clock.millis());
    }

    @Test
    void keepsFindingCopiesOfRecentArticlesWhileTheOldOnesAreForgottenInBulk() {
        String[] early = new String[5_000];
        for (int i = 0; i < early.length; i++) {
            early[i] = words(60);
            detector.record(article("early-" + i, early[i]));
        }
        clock.advance(Duration.ofHours(2));
        String[] recent = new String[5_000];
        for (int i = 0; i < recent.length; i++) {
            recent[i] = words(60);
            detector.record(article("recent-" + i, recent[i]));
        }
        detector.prune();

        assertThat(detector.size()).isEqualTo(recent.length);
        assertThat(detector.duplicateOf(article("copy-of-recent", recent[4_321] + " Added."))).isEqualTo("recent-4321");
        assertThat(detector.duplicateOf(article("copy-of-early", early[1_234] + " Added."))).isNull();
        assertThat(detector.duplicateOf(article("copy-of-first-recent", recent[0]))).isEqualTo("recent-0");
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
