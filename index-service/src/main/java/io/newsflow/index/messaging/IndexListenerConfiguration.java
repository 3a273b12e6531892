package io.newsflow.index.messaging;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

import io.newsflow.index.indexing.IndexingProperties;

/**
 * The listener container for tagged articles: Spring Boot's settings ({@code spring.kafka.*}, the shared error handler
 * from pipeline-kafka) plus batch delivery, manual acknowledgement after Elasticsearch answered, and
 * {@code newsflow.index.concurrency} consumer threads.
 */
@Configuration(proxyBeanMethods = false)
class IndexListenerConfiguration {

    static final String FACTORY = "indexListenerContainerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> indexListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory,
            IndexingProperties properties) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumerFactory);
        factory.setBatchListener(true);
        factory.setConcurrency(properties.concurrency());
        factory.getContainerProperties().setAckMode(AckMode.MANUAL);
        return factory;
    }
}
