package io.newsflow.ingest.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates feeds really contain into UTC instants: RFC 822/1123 with or without weekday, seconds, two-digit
 * years or named zones ("EST", "GMT", "UT", "Z"), ISO-8601 with or without zone (no zone means UTC), with a space
 * instead of "T", with a compact offset ("+0100"), plain dates, and epoch seconds or milliseconds.
 */
final class LenientDates {

    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(.*)");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("MET", 1), Map.entry("MEST", 2),
            Map.entry("EET", 2), Map.entry("EEST", 3), Map.entry("IST", 5), Map.entry("JST", 9), Map.entry("AEST", 10));
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter(Locale.ROOT);

    private LenientDates() {
    }

    /** The instant {@code text} denotes, or empty when no supported format matches. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (EPOCH.matcher(s).matches()) {
                long n = Long.parseLong(s);
                return Optional.of(s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
            }
            if (s.length() >= 20 && s.charAt(4) == '-' && s.charAt(10) == 'T' && s.endsWith("Z")) {
                Optional<Instant> fast = isoInstant(s);
                if (fast.isPresent()) {
                    return fast;
                }
            }
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
            return iso(s);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The common case, ISO-8601 in UTC, without the lenient machinery. */
    private static Optional<Instant> isoInstant(String s) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> iso(String s) {
        TemporalAccessor parsed;
        try {
            parsed = ISO.parse(s);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
        LocalDateTime local = LocalDateTime.of(date, time);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))));
        }
        ZoneId zone = parsed.query(java.time.temporal.TemporalQueries.zoneId());
        return Optional.of(zone == null ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant());
    }

    private static Optional<Instant> rfc822(Matcher m) {
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return zone(m.group(7).strip()).map(z -> local.atZone(z).toInstant());
    }

    private static Optional<ZoneId> zone(String zone) {
        if (zone.isEmpty()) {
            return Optional.of(ZoneOffset.UTC);
        }
        String z = zone.split("\\s+")[0];
        if (z.matches("[+-]\\d{4}")) {
            return Optional.of(ZoneOffset.of(z.substring(0, 3) + ":" + z.substring(3)));
        }
        if (z.matches("[+-]\\d{2}(:\\d{2})?")) {
            return Optional.of(ZoneOffset.of(z));
        }
        Integer hours = ZONE_HOURS.get(z.toUpperCase(Locale.ROOT));
        if (hours != null) {
            return Optional.of(ZoneOffset.ofHours(hours));
        }
        try {
            return Optional.of(ZoneId.of(z));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
