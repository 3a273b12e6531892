package io.newsflow.cli.dlq;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;

/** Reads the dead letters of the given dead-letter topics, oldest first. */
final class DeadLetterStore {

    private final String bootstrap;

    DeadLetterStore(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    List<StoredLetter> read(Collection<String> deadLetterTopics) {
        List<StoredLetter> letters = new ArrayList<>();
        try (KafkaScan scan = new KafkaScan(bootstrap)) {
            scan.readAll(deadLetterTopics, record -> letters.add(decode(record.topic(), record.partition(),
                    record.offset(), record.key(), record.value())));
        }
        letters.sort(Comparator.comparing((StoredLetter s) -> s.letter() == null || s.letter().failedAt() == null
                        ? java.time.Instant.EPOCH : s.letter().failedAt())
                .thenComparing(StoredLetter::topic).thenComparingInt(StoredLetter::partition)
                .thenComparingLong(StoredLetter::offset));
        return letters;
    }

    static StoredLetter decode(String topic, int partition, long offset, String key, byte[] value) {
        String raw = value == null ? null : new String(value, StandardCharsets.UTF_8);
        try {
            DeadLetter letter = value == null ? null : EventJson.fromBytes(value, DeadLetter.class);
            return new StoredLetter(topic, partition, offset, key, letter, raw);
        } catch (RuntimeException notADeadLetter) {
            return new StoredLetter(topic, partition, offset, key, null, raw);
        }
    }
}
