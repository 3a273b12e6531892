package io.newsflow.ingest.pipeline;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import io.newsflow.model.InvalidEventException;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Consumes {@link Topics#RAW_ITEMS} a poll at a time, so the articles of one poll go to Kafka in one round trip.
 * An unreadable or invalid record stops the batch at its index: the articles before it are published and committed,
 * the shared error handler sends it to {@code newsflow.raw-items.dlt} with the reason, and the rest is polled again.
 */
@Component
class RawItemListener {

    private static final LogAccessor LOG = new LogAccessor(RawItemListener.class);

    private final IngestPipeline pipeline;

    RawItemListener(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    // the id lets the feed poller see which raw partitions this instance holds (FeedOwnership)
    @KafkaListener(id = "raw-items", idIsGroup = false, topics = Topics.RAW_ITEMS, groupId = "${spring.kafka.consumer.group-id:newsflow-ingest}",
            concurrency = "${newsflow.ingest.listener-concurrency:1}", batch = "true")
    void onRawItems(List<ConsumerRecord<String, RawFeedItem>> records) {
        // normalising is pure and the costly part: spread it over the cores; de-duplication stays in arrival order
        IngestPipeline.Publication publication = pipeline.publication();
        try {
            InOrder.map(records, this::normalise, (i, normalised) -> {
                if (normalised instanceof RuntimeException problem) {
                    publication.finish(); // the records before this one are done; it goes to the dead-letter topic
                    throw new BatchListenerFailedException(problem.getMessage(), problem, i);
                }
                publication.decide((Normalised) normalised);
            });
            publication.finish();
        } catch (RuntimeException e) {
            publication.abandon(); // nothing once finished: only what was not published yet
            throw e;
        }
    }

    /** The normalised article, or the exception that says why the record cannot become one. */
    private Object normalise(ConsumerRecord<String, RawFeedItem> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            return unreadable;
        }
        if (record.value() == null) {
            return new InvalidEventException(List.of("empty payload: expected a JSON RawFeedItem"));
        }
        try {
            return pipeline.normalize(record.value());
        } catch (InvalidEventException e) {
            return e;
        }
    }
}
