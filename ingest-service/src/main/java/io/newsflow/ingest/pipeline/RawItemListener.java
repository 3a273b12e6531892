package io.newsflow.ingest.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * Consumes {@link Topics#RAW_ITEMS}. Invalid items throw, and the shared error handler sends them to
 * {@code newsflow.raw-items.dlt} with the reason; Kafka failures are retried with back-off.
 */
@Component
class RawItemListener {

    private final IngestPipeline pipeline;

    RawItemListener(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @KafkaListener(topics = Topics.RAW_ITEMS, groupId = "${spring.kafka.consumer.group-id:newsflow-ingest}",
            concurrency = "${newsflow.ingest.listener-concurrency:1}")
    void onRawItem(ConsumerRecord<String, RawFeedItem> record) {
        pipeline.process(record.value());
    }
}
