package io.newsflow.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import io.newsflow.model.Topics;

/**
 * Decides which instance polls a feed, so that every instance knows every feed but each feed is polled by one: the
 * raw items of feed {@code f} are keyed {@code feed:f} and land on one partition of the raw topic, and the instance
 * whose raw-item listener holds that partition (Kafka's consumer group decides, and re-decides when instances come
 * and go) polls the feed. While the group rebalances, nobody polls for a moment; a feed is never polled twice at once
 * by instances that agree on the assignment.
 */
@Component
class FeedOwnership {

    /** The id of the raw-item listener container. */
    static final String RAW_LISTENER_ID = "raw-items";

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaTemplate<String, Object> kafka;

    FeedOwnership(KafkaListenerEndpointRegistry listeners, KafkaTemplate<String, Object> kafka) {
        this.listeners = listeners;
        this.kafka = kafka;
    }

    /** True when this instance should poll feed {@code id} now. */
    boolean owns(String id) {
        MessageListenerContainer container = listeners.getListenerContainer(RAW_LISTENER_ID);
        Collection<TopicPartition> assigned = container == null ? null : container.getAssignedPartitions();
        if (assigned == null || assigned.isEmpty()) {
            return false;
        }
        int partitions = kafka.partitionsFor(Topics.RAW_ITEMS).size();
        return assigned.contains(new TopicPartition(Topics.RAW_ITEMS, partitionOf(id, partitions)));
    }

    /** The raw-topic partition the producer's default partitioner picks for key {@code feed:<id>}. */
    static int partitionOf(String feedId, int partitions) {
        byte[] key = ("feed:" + feedId).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }
}
