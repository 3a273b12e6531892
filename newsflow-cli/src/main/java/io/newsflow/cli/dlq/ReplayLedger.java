package io.newsflow.cli.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Header;

/**
 * Which dead letters were replayed already, read from the pipeline topics themselves: every replayed record carries
 * {@value #REPLAYED_FROM} with the letter's coordinates. Only records written since the oldest letter failed can be
 * replays of it, so the scan starts there (less an hour, for clocks that disagree) instead of at the beginning.
 */
final class ReplayLedger {

    /** Header on a replayed record: the {@link StoredLetter#coordinates()} of the letter it came from. */
    static final String REPLAYED_FROM = "newsflow-replayed-from";

    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private ReplayLedger() {
    }

    /** Coordinates of the letters among {@code letters} that have a replay in their original topic. */
    static Set<String> replayed(String bootstrap, Collection<StoredLetter> letters) {
        Map<String, Instant> oldestByTopic = letters.stream().collect(Collectors.toMap(
                s -> s.letter().originalTopic(),
                s -> s.letter().failedAt() == null ? Instant.EPOCH : s.letter().failedAt(),
                (a, b) -> a.isBefore(b) ? a : b));
        Set<String> wanted = letters.stream().map(StoredLetter::coordinates).collect(Collectors.toSet());
        Set<String> found = new HashSet<>();
        try (KafkaScan scan = new KafkaScan(bootstrap)) {
            oldestByTopic.forEach((topic, oldest) -> scan.readFrom(java.util.List.of(topic),
                    oldest.equals(Instant.EPOCH) ? Instant.EPOCH : oldest.minus(CLOCK_SKEW), record -> {
                        Header header = record.headers().lastHeader(REPLAYED_FROM);
                        if (header != null && header.value() != null) {
                            String from = new String(header.value(), StandardCharsets.UTF_8);
                            if (wanted.contains(from)) {
                                found.add(from);
                            }
                        }
                    }));
        }
        found.removeIf(Objects::isNull);
        return found;
    }
}
