package io.newsflow.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import io.newsflow.model.Article;
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
        List<Object> normalised = IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> normalise(records.get(i))).toList();
        List<Article> prepared = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (normalised.get(i) instanceof RuntimeException problem) {
                pipeline.publish(prepared);
                throw new BatchListenerFailedException(problem.getMessage(), problem, i);
            }
            Article article = pipeline.deduplicate((Normalised) normalised.get(i)).article();
            if (article != null) {
                prepared.add(article);
            }
        }
        pipeline.publish(prepared);
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
