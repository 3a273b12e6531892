package io.newsflow.ingest.publish;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

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
        awaitAll(Topics.RAW_ITEMS, items.stream().map(item -> kafka.send(Topics.RAW_ITEMS, key, item)).toList());
    }

    /**
     * Hands one record to the producer and returns at once; {@link #awaitAll} waits for the broker's answers. A value
     * is an event record or its JSON already written ({@code byte[]}).
     */
    public java.util.concurrent.CompletableFuture<?> sendLater(String topic, String key, Object value,
                                                               java.util.List<org.apache.kafka.common.header.Header> headers) {
        return kafka.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, null, key, value, headers));
    }

    /** Sends what the producer holds back for {@code linger.ms} now, then waits until the broker has every record. */
    public void awaitAll(String topic, java.util.List<? extends java.util.concurrent.CompletableFuture<?>> sends) {
        if (sends.stream().anyMatch(send -> !send.isDone())) {
            kafka.flush(); // the last records of a batch would otherwise wait out the linger
        }
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
