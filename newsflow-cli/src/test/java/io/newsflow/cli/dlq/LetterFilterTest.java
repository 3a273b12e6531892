package io.newsflow.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.UsageException;
import io.newsflow.model.DeadLetter;

class LetterFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void readsAgesInstantsAndDates() {
        assertThat(LetterFilter.parseSince("2h", CLOCK)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(LetterFilter.parseSince("30m", CLOCK)).isEqualTo(Instant.parse("2026-11-30T11:30:00Z"));
        assertThat(LetterFilter.parseSince("7d", CLOCK)).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(LetterFilter.parseSince("2026-11-01T08:00:00Z", CLOCK)).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(LetterFilter.parseSince("2026-11-01", CLOCK)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void rejectsUnreadableSinceWithTheAcceptedForms() {
        assertThatThrownBy(() -> LetterFilter.parseSince("yesterday", CLOCK))
                .isInstanceOf(UsageException.class).hasMessageContaining("2h").hasMessageContaining("2026-11-30");
    }

    @Test
    void keepsLettersFailedSinceTheGivenTime() {
        LetterFilter filter = new LetterFilter(Instant.parse("2026-11-30T11:00:00Z"), null);

        assertThat(filter.test(letter("a", "bad title", NOW))).isTrue();
        assertThat(filter.test(letter("b", "bad title", Instant.parse("2026-11-30T10:59:59Z")))).isFalse();
    }

    @Test
    void matchesTextCaseInsensitivelyInKeyReasonAndPayload() {
        assertThat(new LetterFilter(null, "TITLE").test(letter("a", "title: must not be blank", NOW))).isTrue();
        assertThat(new LetterFilter(null, "art-7").test(letter("art-7", "x", NOW))).isTrue();
        assertThat(new LetterFilter(null, "payload-word").test(letter("a", "x", NOW))).isTrue();
        assertThat(new LetterFilter(null, "nowhere").test(letter("a", "x", NOW))).isFalse();
    }

    @Test
    void keepsUnreadableLettersOutOfTimeFiltersButFindsThemByText() {
        StoredLetter unreadable = new StoredLetter("t.dlt", 0, 1, "k", null, "garbage bytes");

        assertThat(new LetterFilter(NOW, null).test(unreadable)).isFalse();
        assertThat(new LetterFilter(null, "garbage").test(unreadable)).isTrue();
    }

    @Test
    void refusesToReplayTruncatedOrUnreadableLetters() {
        String big = "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10);
        StoredLetter truncated = new StoredLetter("t.dlt", 0, 1, "k",
                new DeadLetter(1, "t", 0, 0, "k", big, "too big", null, "ingest-service", NOW), big);

        assertThat(truncated.unreplayableBecause()).contains("truncated");
        assertThat(new StoredLetter("t.dlt", 0, 1, "k", null, "?").unreplayableBecause()).contains("not a readable");
        assertThat(letter("a", "x", NOW).unreplayableBecause()).isNull();
    }

    private static StoredLetter letter(String key, String reason, Instant failedAt) {
        return new StoredLetter("newsflow.articles.dlt", 0, 3, key,
                new DeadLetter(1, "newsflow.articles", 1, 9, key, "{\"w\":\"payload-word\"}", reason,
                        "io.newsflow.model.InvalidEventException", "tagger-service", failedAt), null);
    }
}
