package io.newsflow.cli.dlq;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from a point to their current end without joining a consumer group, so inspecting dead letters never
 * moves anyone's committed offsets. Topics that do not exist are read as empty.
 */
final class KafkaScan implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;

    KafkaScan(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-dlq");
        consumer = new KafkaConsumer<>(config);
    }

    /** Every record of {@code topics}, from the start. */
    void readAll(Collection<String> topics, Consumer<ConsumerRecord<String, byte[]>> sink) {
        read(topics, null, sink);
    }

    /** Every record of {@code topics} written at or after {@code from} (by record timestamp). */
    void readFrom(Collection<String> topics, Instant from, Consumer<ConsumerRecord<String, byte[]>> sink) {
        read(topics, from, sink);
    }

    private void read(Collection<String> topics, Instant from, Consumer<ConsumerRecord<String, byte[]>> sink) {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(TIMEOUT);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            existing.getOrDefault(topic, List.of()).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, TIMEOUT));
        seek(partitions, from, end);
        end.entrySet().removeIf(e -> consumer.position(e.getKey(), TIMEOUT) >= e.getValue());
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!end.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reading " + topics + " did not reach the end within " + TIMEOUT.toSeconds()
                        + " s; still behind on " + end.keySet());
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.getOrDefault(new TopicPartition(record.topic(), record.partition()), Long.MAX_VALUE)) {
                    sink.accept(record);
                }
            }
            // Transaction markers occupy offsets too, so compare positions, not the last record's offset.
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), TIMEOUT) >= e.getValue());
        }
        consumer.unsubscribe();
    }

    private void seek(List<TopicPartition> partitions, Instant from, Map<TopicPartition, Long> end) {
        if (from == null) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, TIMEOUT);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp at = found.get(partition);
            consumer.seek(partition, at == null ? end.get(partition) : at.offset());
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
