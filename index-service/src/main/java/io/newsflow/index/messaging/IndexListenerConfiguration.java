package io.newsflow.index.messaging;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

import io.newsflow.index.indexing.IndexingProperties;

/**
 * The listener container for tagged articles: Spring Boot's settings ({@code spring.kafka.*}, the shared error handler
 * from pipeline-kafka) plus batch delivery, manual acknowledgement after Elasticsearch answered,
 * {@code newsflow.index.concurrency} consumer threads, and polls sized to fill bulk requests.
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
        // The factory's own consumer properties are not handed to the containers it creates: set them on each.
        Properties poll = pollSizedToBulks(consumerFactory.getConfigurationProperties(), properties);
        factory.setContainerCustomizer(container -> {
            Properties merged = new Properties();
            merged.putAll(poll);
            Properties endpoint = container.getContainerProperties().getKafkaConsumerProperties();
            if (endpoint != null) {
                merged.putAll(endpoint);
            }
            container.getContainerProperties().setKafkaConsumerProperties(merged);
        });
        return factory;
    }

    /**
     * Unless {@code spring.kafka.consumer.*} says otherwise, a poll brings up to a whole bulk request: as many records
     * as {@code bulk-actions}, and up to {@code bulk-size} of them per partition. Kafka's defaults (500 records, 1 MB
     * per partition, about 350 articles) made a bulk request of each small batch, which costs Elasticsearch more per
     * article, and twice the fetches (measured with {@code ./newsflow bench index}, service in its own JVM:
     * Elasticsearch 111-127 -> 91-96 us per article, as much as for the raw load; broker 15-23 -> 7-11 us).
     */
    static Properties pollSizedToBulks(Map<String, Object> configured, IndexingProperties properties) {
        Properties poll = new Properties();
        if (!configured.containsKey(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)) {
            poll.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(properties.bulkActions()));
        }
        if (!configured.containsKey(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)) {
            poll.setProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                    String.valueOf(properties.bulkSize().toBytes()));
        }
        return poll;
    }
}
