package io.newsflow.index.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import io.newsflow.index.indexing.ArticleIndexer;
import io.newsflow.index.indexing.IndexOutcome;
import io.newsflow.index.indexing.IndexingProperties;
import io.newsflow.kafka.DeadLetterRecoverer;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/**
 * Consumes {@link Topics#TAGGED_ARTICLES} in batches and indexes them. A batch is acknowledged (its offsets committed)
 * only after Elasticsearch answered for every record in it; rejected and undeserialisable records go to the
 * dead-letter topic with the reason. When Elasticsearch does not answer within the batch timeout, the records it has
 * not taken are handed back to Kafka and the consumer pauses before they are redelivered. Once the service is shutting
 * down, a batch waits at most {@link #SHUTDOWN_GRACE} more, so the consumer commits what was indexed and leaves within
 * the listener container's shutdown timeout instead of being abandoned mid-batch.
 */
@Component
class TaggedArticleListener {

    /** Listener container id, for the endpoint registry. */
    static final String ID = "index-tagged-articles";

    /**
     * How long batches still wait for Elasticsearch after shutdown began: half the listener container's default
     * shutdown timeout (10 s), which the batch timeout (60 s by default) would overrun while Elasticsearch is away.
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(TaggedArticleListener.class);
    private static final LogAccessor logAccessor = new LogAccessor(TaggedArticleListener.class);

    private final ArticleIndexer indexer;
    private final DeadLetterRecoverer deadLetters;
    private final Duration batchTimeout;
    private final Duration pauseWhenUnavailable;
    /** Completed {@link #SHUTDOWN_GRACE} after shutdown began: batches stop waiting then. */
    private final CompletableFuture<Void> graceOver = new CompletableFuture<>();

    TaggedArticleListener(ArticleIndexer indexer, DeadLetterRecoverer deadLetters, IndexingProperties properties) {
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.batchTimeout = properties.batchTimeout();
        this.pauseWhenUnavailable = properties.retryMaxBackoff();
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.TAGGED_ARTICLES, containerFactory = IndexListenerConfiguration.FACTORY)
    void onBatch(List<ConsumerRecord<String, Object>> records, Acknowledgment ack) {
        if (!indexer.ensureIndex()) {
            ack.nack(0, pauseWhenUnavailable);
            return;
        }
        List<CompletableFuture<IndexOutcome>> outcomes = new ArrayList<>(records.size());
        for (ConsumerRecord<String, Object> record : records) {
            outcomes.add(submit(record));
        }
        indexer.flush();
        int answered = awaitAnswers(outcomes);
        for (int i = 0; i < answered; i++) {
            IndexOutcome outcome = outcomes.get(i).join();
            if (outcome.isRejected()) {
                deadLetter(records, i, outcome.rejection());
            }
        }
        if (answered == records.size()) {
            ack.acknowledge();
            return;
        }
        outcomes.subList(answered, outcomes.size()).forEach(outcome -> outcome.cancel(false));
        ConsumerRecord<String, Object> first = records.get(answered);
        if (graceOver.isDone()) {
            log.warn("Shutting down: Elasticsearch had not taken {} of {} records; {}-{}@{} and the ones after it are "
                    + "delivered again after the restart", records.size() - answered, records.size(), first.topic(),
                    first.partition(), first.offset());
        } else {
            log.warn("Elasticsearch did not take {} of {} records within {}; pausing {} before {}-{}@{} is redelivered",
                    records.size() - answered, records.size(), batchTimeout, pauseWhenUnavailable, first.topic(),
                    first.partition(), first.offset());
        }
        ack.nack(answered, pauseWhenUnavailable);
    }

    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        stopWaitingAfter(SHUTDOWN_GRACE);
    }

    /** Batches in progress and to come wait for Elasticsearch no longer than {@code grace} from now. */
    void stopWaitingAfter(Duration grace) {
        CompletableFuture.delayedExecutor(grace.toMillis(), TimeUnit.MILLISECONDS).execute(() -> graceOver.complete(null));
    }

    /** A failed dead-letter send names its record, so the error handler retries from there and keeps the rest. */
    private void deadLetter(List<ConsumerRecord<String, Object>> records, int index, RuntimeException reason) {
        try {
            deadLetters.accept(records.get(index), reason);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("could not dead-letter: " + reason.getMessage(), e, index);
        }
    }

    private CompletableFuture<IndexOutcome> submit(ConsumerRecord<String, Object> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logAccessor);
        if (unreadable != null) {
            return CompletableFuture.completedFuture(IndexOutcome.rejected(unreadable));
        }
        if (!(record.value() instanceof TaggedArticle article)) {
            String found = record.value() == null ? "an empty record" : record.value().getClass().getName();
            return CompletableFuture.completedFuture(IndexOutcome.rejected(
                    new InvalidEventException(List.of("expected a TaggedArticle, found " + found))));
        }
        return indexer.index(article);
    }

    /**
     * Waits up to the batch timeout, or until the shutdown grace is over; returns how many leading records have their
     * answer.
     */
    private int awaitAnswers(List<CompletableFuture<IndexOutcome>> outcomes) {
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)), graceOver)
                    .get(batchTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // counted below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("bulk indexing failed unexpectedly", e.getCause());
        }
        int answered = 0;
        while (answered < outcomes.size() && outcomes.get(answered).isDone()) {
            answered++;
        }
        return answered;
    }
}
