package io.newsflow.tagger.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.newsflow.model.Article;
import io.newsflow.model.ArticleValidator;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;
import io.newsflow.tagger.nlp.ArticleTagger;

/**
 * Consumes {@link Topics#ARTICLES}, tags each article and publishes it to {@link Topics#TAGGED_ARTICLES}. Invalid
 * articles are rejected (not retried) and reach the dead-letter topic through the pipeline error handler.
 */
@Component
class ArticleListener {

    private static final Logger log = LoggerFactory.getLogger(ArticleListener.class);

    private final ArticleTagger tagger;
    private final TaggedArticlePublisher publisher;

    ArticleListener(ArticleTagger tagger, TaggedArticlePublisher publisher) {
        this.tagger = tagger;
        this.publisher = publisher;
    }

    @KafkaListener(topics = Topics.ARTICLES, concurrency = "${newsflow.tagger.concurrency:2}")
    void onArticle(ConsumerRecord<String, Article> record) throws Exception {
        Article article = ArticleValidator.requireValid(record.value());
        TaggedArticle tagged = tagger.tag(article);
        publisher.publish(tagged);
        log.debug("Tagged {} from {}-{}@{}: {} entities, {} tags", article.id(), record.topic(), record.partition(),
                record.offset(), tagged.entities().size(), tagged.tags().size());
    }
}
