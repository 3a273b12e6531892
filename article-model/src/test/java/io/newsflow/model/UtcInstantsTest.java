package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class UtcInstantsTest {

    /** Jackson's own reading, which the fast path must agree with. */
    private static final JsonMapper STANDARD = JsonMapper.builder().build();

    private record Stamp(Instant at) {
    }

    @Test
    void readsWhatInstantToStringWritesExactlyAsInstantParseDoes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();

            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEverythingButTheCanonicalFormToJackson() {
        for (String text : new String[] {"2026-11-30T08:15:00+01:00", "2026-11-30T08:15:00.5Z", "2026-11-30T08:15Z",
                "2026-11-30 08:15:00Z", "2026-02-30T08:15:00Z", "2026-11-30T24:00:00Z", "2026-11-30T23:59:60Z",
                "+12026-11-30T08:15:00Z", "2026-1a-30T08:15:00Z", "2026-11-30T08:15:00.12345678Z", "2026-11-30t08:15:00z"}) {
            assertThat(UtcInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void eventsReadEveryInstantAsJacksonWould() {
        for (String json : new String[] {"\"2026-11-30T08:15:00Z\"", "\"2026-11-30T08:15:00.123456789Z\"",
                "\"2026-11-30T08:15:00.5Z\"", "\"2026-11-30T08:15:00+01:00\"", "1764490500", "1764490500.25", "null"}) {
            String event = "{\"at\":" + json + "}";

            assertThat(EventJson.mapper().readValue(event, Stamp.class)).as(json)
                    .isEqualTo(STANDARD.readValue(event, Stamp.class));
        }
    }

    @Test
    void refusesAnImpossibleDateWithJacksonsError() {
        String event = "{\"at\":\"2026-02-30T08:15:00Z\"}";

        assertThatThrownBy(() -> EventJson.mapper().readValue(event, Stamp.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> STANDARD.readValue(event, Stamp.class)).isInstanceOf(JacksonException.class);
    }
}
