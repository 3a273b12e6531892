package io.newsflow.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.Topics;

/**
 * Publishes a record that failed for good to the dead-letter topic of its topic, as a {@link DeadLetter} that keeps
 * the original payload, its coordinates and a readable reason. The send is synchronous: if it fails, the exception
 * reaches the error handler and the record is not committed, so nothing is lost silently.
 */
public class DeadLetterRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final KafkaOperations<String, Object> kafka;
    private final String service;
    private final Clock clock;

    public DeadLetterRecoverer(KafkaOperations<String, Object> kafka, String service, Clock clock) {
        this.kafka = kafka;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = rootCause(exception);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String key = record.key() == null ? null : record.key().toString();
        DeadLetter letter = new DeadLetter(Topics.SCHEMA_VERSION, record.topic(), record.partition(), record.offset(),
                key, payloadOf(record, exception), reason, cause.getClass().getName(), service, clock.instant());
        String topic = Topics.deadLetterTopicOf(record.topic());
        try {
            kafka.send(topic, key, letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + record.topic() + "-" + record.partition() + "@" + record.offset(), e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish dead letter to " + topic + ": " + e.getMessage(), e);
        }
        log.warn("Rejected {} from {}-{}@{}: {}", key, record.topic(), record.partition(), record.offset(), reason);
    }

    private static String payloadOf(ConsumerRecord<?, ?> record, Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DeserializationException de && de.getData() != null) {
                return new String(de.getData(), StandardCharsets.UTF_8);
            }
        }
        Object value = record.value();
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof String s) {
            return s;
        }
        return EventJson.toJson(value);
    }

    /**
     * The exception that explains the failure: our own {@link InvalidEventException} when there is one (its message
     * is written for people), else the most specific cause, skipping spring-kafka's wrappers.
     */
    static Throwable rootCause(Throwable exception) {
        Throwable t = exception;
        while (true) {
            if (t instanceof InvalidEventException) {
                return t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t;
            }
            t = t.getCause();
        }
    }
}
