package io.newsflow.tagger.messaging;

import java.time.Duration;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import io.newsflow.kafka.DeadLetterRecoverer;
import io.newsflow.model.InvalidEventException;

/**
 * What happens to an article whose transaction rolled back. Invalid and unreadable articles are dead-lettered at
 * once. While Kafka itself is unavailable (the send, the offset commit or the transaction commit failed), the
 * article is retried without limit, so an outage never turns good articles into dead letters. Any other failure
 * (a tagging bug on some input) is retried a bounded number of times, then dead-lettered with its reason.
 */
final class TaggerRollbackPolicy {

    private static final Logger log = LoggerFactory.getLogger(TaggerRollbackPolicy.class);
    static final Duration MAX_OUTAGE_BACKOFF = Duration.ofSeconds(5);

    private TaggerRollbackPolicy() {
    }

    static DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(DeadLetterRecoverer deadLetters,
            KafkaOperations<?, ?> kafka, int retries, Duration firstBackoff) {
        var bounded = new ExponentialBackOffWithMaxRetries(retries);
        bounded.setInitialInterval(firstBackoff.toMillis());
        bounded.setMultiplier(2.0);
        bounded.setMaxInterval(30_000);
        var processor = new DefaultAfterRollbackProcessor<Object, Object>(deadLetters, bounded, kafka, true);
        processor.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
        processor.setBackOffFunction((record, exception) -> isKafkaOutage(exception) ? untilKafkaAnswers(firstBackoff) : null);
        processor.setResetStateOnExceptionChange(true);
        processor.setRetryListeners((record, exception, attempt) -> log.warn("Attempt {} failed for {} from {}-{}@{}: {}",
                attempt, record.key(), record.topic(), record.partition(), record.offset(), exception.getMessage()));
        return processor;
    }

    /** Whether {@code exception} says Kafka could not take a write now, as opposed to this article being unwritable. */
    static boolean isKafkaOutage(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException || t instanceof RecordTooLargeException
                    || t instanceof RecordBatchTooLargeException || t instanceof SerializationException
                    || t instanceof InvalidTopicException || t instanceof AuthorizationException) {
                return false;
            }
            if (t instanceof KafkaException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff untilKafkaAnswers(Duration firstBackoff) {
        var backOff = new ExponentialBackOff(Math.max(100, firstBackoff.toMillis()), 2.0);
        backOff.setMaxInterval(MAX_OUTAGE_BACKOFF.toMillis());
        return backOff;
    }
}
