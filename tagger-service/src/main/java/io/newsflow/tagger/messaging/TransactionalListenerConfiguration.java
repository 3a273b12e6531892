package io.newsflow.tagger.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;

import io.newsflow.kafka.DeadLetterRecoverer;
import io.newsflow.kafka.PipelineKafkaProperties;
import io.newsflow.tagger.config.TaggerProperties;

/**
 * The tagger's listener container: consume, tag and produce in one Kafka transaction per article (exactly once
 * between {@code newsflow.articles} and {@code newsflow.tagged-articles}). A failed article rolls its transaction
 * back; the {@link TaggerRollbackPolicy} then retries it, or dead-letters it inside a new transaction that also
 * commits its offset, so the dead letter and the skip happen together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class TransactionalListenerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TransactionalListenerConfiguration.class);

    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            KafkaTemplate<String, Object> kafkaTemplate, DeadLetterRecoverer deadLetters,
            PipelineKafkaProperties retries, TaggerProperties tagger) {
        if (!kafkaTemplate.isTransactional()) {
            throw new IllegalStateException("the tagger needs Kafka transactions: set spring.kafka.producer.transaction-id-prefix"
                    + " (env SPRING_KAFKA_PRODUCER_TRANSACTION_ID_PREFIX), unique per tagger instance");
        }
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumerFactory);
        if (factory.getContainerProperties().getKafkaAwareTransactionManager() == null) {
            throw new IllegalStateException("no KafkaTransactionManager: spring.kafka.producer.transaction-id-prefix is not set");
        }
        // With transactions, failures are handled after the rollback; an error handler would act inside the
        // doomed transaction and keep its own, separate retry count.
        factory.setCommonErrorHandler(null);
        DefaultAfterRollbackProcessor<Object, Object> afterRollback = TaggerRollbackPolicy.afterRollbackProcessor(
                deadLetters, kafkaTemplate, retries.retries(), retries.retryBackoff());
        factory.setAfterRollbackProcessor(afterRollback);
        log.info("Tagger instance {} consumes and produces in Kafka transactions (id prefix {})", tagger.instanceId(),
                kafkaTemplate.getProducerFactory().getTransactionIdPrefix());
        return factory;
    }
}
