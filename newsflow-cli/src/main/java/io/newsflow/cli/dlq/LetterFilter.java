package io.newsflow.cli.dlq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.cli.UsageException;

/**
 * Which dead letters a command applies to: failed at or after {@code since} (null: any time), and containing
 * {@code text} (case-insensitive) in the key, reason, exception class, service or payload (null: any).
 */
record LetterFilter(Instant since, String text) implements Predicate<StoredLetter> {

    private static final Pattern RELATIVE = Pattern.compile("(\\d+)\\s*([smhd])");

    static final LetterFilter ALL = new LetterFilter(null, null);

    @Override
    public boolean test(StoredLetter stored) {
        if (since != null && (stored.letter() == null || stored.letter().failedAt() == null
                || stored.letter().failedAt().isBefore(since))) {
            return false;
        }
        if (text == null || text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        if (contains(stored.key(), needle)) {
            return true;
        }
        if (stored.letter() == null) {
            return contains(stored.raw(), needle);
        }
        var l = stored.letter();
        return contains(l.reason(), needle) || contains(l.exceptionClass(), needle) || contains(l.service(), needle)
                || contains(l.payload(), needle) || contains(l.originalTopic(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * Reads {@code --since}: an age ({@code 90s}, {@code 30m}, {@code 2h}, {@code 7d}), an instant
     * ({@code 2026-11-30T12:00:00Z}) or a UTC date ({@code 2026-11-30}).
     */
    static Instant parseSince(String value, Clock clock) {
        Matcher relative = RELATIVE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (relative.matches()) {
            long n = Long.parseLong(relative.group(1));
            Duration age = switch (relative.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return clock.instant().minus(age);
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new UsageException("--since '" + value + "' is neither an age (30m, 2h, 7d), an instant "
                        + "(2026-11-30T12:00:00Z) nor a date (2026-11-30)");
            }
        }
    }
}
