package io.newsflow.tagger.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/** Publishes tagged articles to {@link Topics#TAGGED_ARTICLES}, keyed by article id, and waits for the broker's ack. */
@Component
class TaggedArticlePublisher {

    private final KafkaTemplate<String, Object> kafka;

    TaggedArticlePublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    void publish(TaggedArticle tagged) throws InterruptedException, ExecutionException, TimeoutException {
        // Waiting for the ack keeps the consumed offset uncommitted until the output is durable.
        kafka.send(Topics.TAGGED_ARTICLES, tagged.id(), tagged).get(30, TimeUnit.SECONDS);
    }
}
