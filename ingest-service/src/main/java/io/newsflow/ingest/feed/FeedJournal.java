package io.newsflow.ingest.feed;

import org.springframework.stereotype.Component;

import io.newsflow.ingest.publish.EventPublisher;

/**
 * Writes registry changes to the compacted registry topic and waits for the broker (acks=all), so a registration
 * that was answered survives a restart and is seen by every instance ({@link FeedRegistryReplay} reads it back).
 */
@Component
class FeedJournal {

    private final EventPublisher publisher;
    private final String topic;

    FeedJournal(EventPublisher publisher, FeedProperties properties) {
        this.publisher = publisher;
        this.topic = properties.registryTopic();
    }

    void saved(FeedState feed) {
        publisher.send(topic, feed.id(), feed.record());
    }

    void removed(String id) {
        publisher.send(topic, id, null);
    }

    String topic() {
        return topic;
    }
}
