package io.newsflow.ingest.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * Loads the feed registry from its compacted topic at start-up, before polling starts, so feeds registered through
 * the API survive a restart; then keeps following the topic, so every instance sees registrations, pauses and
 * removals made on the others. Reads every partition without a consumer group: each instance needs every feed.
 */
@Component
class FeedRegistryReplay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedRegistryReplay.class);

    private final FeedRegistry registry;
    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Duration replayTimeout;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    FeedRegistryReplay(FeedRegistry registry, FeedJournal journal, KafkaProperties kafka, FeedProperties properties) {
        this.registry = registry;
        this.consumerConfig = new HashMap<>(kafka.buildConsumerProperties());
        this.topic = journal.topic();
        this.replayTimeout = properties.registryReplayTimeout();
    }

    @Override
    public void start() {
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(consumerConfig);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, replayTimeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, replayTimeout);
        long deadline = System.nanoTime() + replayTimeout.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                consumer.close();
                throw new IllegalStateException("could not read the feed registry from " + topic + " within "
                        + replayTimeout + " (newsflow.feeds.registry-replay-timeout)");
            }
            poll();
        }
        log.info("Loaded {} feeds from {}", registry.all().size(), topic);
        running = true;
        Thread tail = new Thread(this::tailLoop, "feed-registry-tail");
        tail.setDaemon(true);
        tail.start();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            if (record.value() == null) {
                registry.forget(record.key());
                continue;
            }
            try {
                registry.apply(EventJson.fromBytes(record.value(), FeedRecord.class));
            } catch (InvalidEventException | IllegalArgumentException | java.time.DateTimeException e) {
                log.warn("Skipped unreadable feed registration {} at {}-{}@{}: {}", record.key(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
            }
        }
    }

    private void tailLoop() {
        try {
            while (running) {
                poll();
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (RuntimeException e) {
            log.error("Stopped following the feed registry on {}: {}", topic, e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the feed poller and the Kafka listener containers. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
