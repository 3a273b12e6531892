package io.newsflow.ingest.feed;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import io.newsflow.ingest.replay.CompactedTopicFollower;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * Loads the feed registry from its compacted topic at start-up, before polling starts, so feeds registered through
 * the API survive a restart; then keeps following the topic, so every instance sees registrations, pauses and
 * removals made on the others.
 */
@Component
class FeedRegistryReplay extends CompactedTopicFollower {

    private static final Logger log = LoggerFactory.getLogger(FeedRegistryReplay.class);

    private final FeedRegistry registry;

    FeedRegistryReplay(FeedRegistry registry, FeedJournal journal, KafkaProperties kafka, FeedProperties properties) {
        super(kafka.buildConsumerProperties(), journal.topic(), properties.registryReplayTimeout(),
                "newsflow.feeds.registry-replay-timeout", "feed-registry-tail");
        this.registry = registry;
    }

    @Override
    protected void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            registry.forget(record.key());
            return;
        }
        try {
            registry.apply(EventJson.fromBytes(record.value(), FeedRecord.class));
        } catch (InvalidEventException | IllegalArgumentException | java.time.DateTimeException e) {
            log.warn("Skipped unreadable feed registration {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    protected void replayed(int records) {
        log.info("Loaded {} feeds from {}", registry.all().size(), topic());
    }
}
