package io.newsflow.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 14 Jan 2021 14:05:00 GMT        | 2021-01-14T14:05:00Z",
            "Thu, 14 Jan 2021 14:05:00 +0000      | 2021-01-14T14:05:00Z",
            "Thu, 14 Jan 2021 09:05:00 EST        | 2021-01-14T14:05:00Z",
            "Thu, 14 Jan 2021 06:05:00 PST        | 2021-01-14T14:05:00Z",
            "14 Jan 2021 15:05:00 +0100           | 2021-01-14T14:05:00Z",
            "Thursday, 14 January 2021 14:05 UT   | 2021-01-14T14:05:00Z",
            "Thu, 14 Jan 21 14:05:00 Z            | 2021-01-14T14:05:00Z",
            "thu, 4 jan 2021 14:05:00 gmt         | 2021-01-04T14:05:00Z",
            "Thu, 14 Jan 2021 16:05:00 +02:00     | 2021-01-14T14:05:00Z",
            "2021-01-14T14:05:00Z                 | 2021-01-14T14:05:00Z",
            "2021-01-14T14:05:00.123Z             | 2021-01-14T14:05:00.123Z",
            "2021-01-14T15:05:00+01:00            | 2021-01-14T14:05:00Z",
            "2021-01-14T15:05:00+0100             | 2021-01-14T14:05:00Z",
            "2021-01-14T14:05:00                  | 2021-01-14T14:05:00Z",
            "2021-01-14 14:05:00                  | 2021-01-14T14:05:00Z",
            "2021-01-14 09:05:00 -05:00           | 2021-01-14T14:05:00Z",
            "2021-01-14T15:05:00+01:00[Europe/Paris] | 2021-01-14T14:05:00Z",
            "2021-01-14                           | 2021-01-14T00:00:00Z",
            "1610633100                           | 2021-01-14T14:05:00Z",
            "1610633100000                        | 2021-01-14T14:05:00Z",
    })
    void readsDatesFeedsReallyUseAsUtc(String text, String expected) {
        assertThat(LenientDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "32 Jan 2021 10:00:00 GMT", "2021-13-01", "Thu, 14 Foo 2021 14:05:00 GMT", " "})
    void refusesTextThatIsNotADate(String text) {
        assertThat(LenientDates.parse(text)).isEmpty();
    }
}
