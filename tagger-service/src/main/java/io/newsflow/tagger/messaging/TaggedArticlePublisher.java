package io.newsflow.tagger.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/**
 * Publishes tagged articles to {@link Topics#TAGGED_ARTICLES}, keyed by article id, inside the listener's Kafka
 * transaction; readers see them only once the transaction, which also carries the consumed offset, commits.
 */
@Component
class TaggedArticlePublisher {

    private final KafkaTemplate<String, Object> kafka;

    TaggedArticlePublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    void publish(TaggedArticle tagged) throws InterruptedException, ExecutionException, TimeoutException {
        // Waiting for the ack surfaces a failed send here, naming the article, rather than at commit time.
        kafka.send(Topics.TAGGED_ARTICLES, tagged.id(), tagged).get(30, TimeUnit.SECONDS);
    }
}
