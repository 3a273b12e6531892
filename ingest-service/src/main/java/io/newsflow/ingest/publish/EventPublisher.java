package io.newsflow.ingest.publish;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.newsflow.model.Article;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Writes what ingest produces: raw items, articles and rejections. Every send waits for the broker's acknowledgement
 * (acks=all), so a caller that got an answer knows the record is durable.
 */
@Component
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
    static final String SERVICE = "ingest-service";

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;

    EventPublisher(KafkaTemplate<String, Object> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    /**
     * Publishes all {@code items} on {@link Topics#RAW_ITEMS} under one {@code key} and waits until the broker has
     * every one. One key means one partition, so the items are normalised in the order they came in: the first of
     * two copies is the original. The feed poller keys by feed id (feeds are independent).
     */
    public void raw(java.util.List<RawFeedItem> items, String key) {
        var sends = items.stream().map(item -> kafka.send(Topics.RAW_ITEMS, key, item)).toList();
        for (var send : sends) {
            await(Topics.RAW_ITEMS, send);
        }
    }

    /** Publishes {@code articles} on {@link Topics#ARTICLES}, keyed by id, and waits until the broker has every one. */
    public void articles(java.util.List<Article> articles) {
        sendAll(Topics.ARTICLES, articles.stream().map(a -> java.util.Map.entry(a.id(), (Object) a)).toList());
    }

    /** Sends all (key, value) pairs to {@code topic} at once and waits until the broker has every one. */
    public void sendAll(String topic, java.util.List<java.util.Map.Entry<String, Object>> records) {
        sendAll(topic, records, java.util.List.of());
    }

    /** Like {@link #sendAll(String, java.util.List)}, each record carrying {@code headers}. */
    public void sendAll(String topic, java.util.List<java.util.Map.Entry<String, Object>> records,
                        java.util.List<org.apache.kafka.common.header.Header> headers) {
        var sends = records.stream().map(r -> kafka.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                topic, null, r.getKey(), r.getValue(), headers))).toList();
        for (var send : sends) {
            await(topic, send);
        }
    }

    /** Sends a rejected input with the reason to the dead-letter topic of the raw topic. */
    public void reject(String key, String payload, String reason, Class<?> exceptionClass) {
        DeadLetter letter = new DeadLetter(Topics.SCHEMA_VERSION, Topics.RAW_ITEMS, -1, -1, key, payload, reason,
                exceptionClass == null ? null : exceptionClass.getName(), SERVICE, clock.instant());
        send(Topics.deadLetterTopicOf(Topics.RAW_ITEMS), key, letter);
        log.warn("Rejected {} before {}: {}", key, Topics.RAW_ITEMS, reason);
    }

    /** Sends any record to {@code topic} and waits for the acknowledgement. */
    public void send(String topic, String key, Object value) {
        await(topic, kafka.send(topic, key, value));
    }

    private static void await(String topic, java.util.concurrent.CompletableFuture<?> send) {
        try {
            send.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishException("could not publish to " + topic + ": " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /** Kafka did not take a record: transient from the caller's point of view (HTTP 503, listener retry). */
    public static class PublishException extends RuntimeException {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
