package io.newsflow.index.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parsing helpers for request parameters that collect problems instead of failing on the first. */
public final class Params {

    private Params() {
    }

    /**
     * {@code value} as an instant: ISO-8601 with time ({@code 2021-01-14T14:05:00Z}) or a date ({@code 2021-01-14},
     * taken as the start of that UTC day, or the end when {@code endOfDay}); null when absent or invalid (then a
     * problem is added).
     */
    public static Instant instant(String name, String value, boolean endOfDay, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? (endOfDay ? LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .minusMillis(1) : LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC))
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("parameter '" + name + "': '" + value + "' is not a date (YYYY-MM-DD) or an ISO-8601 instant");
            return null;
        }
    }

    /** Non-blank values, trimmed; null becomes empty. */
    public static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .toList();
    }
}
