package io.newsflow.kafka;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import io.newsflow.model.InvalidEventException;
import io.newsflow.model.Topics;

/**
 * Wires what every newsflow service needs from Kafka: the pipeline and dead-letter topics (created on start-up if
 * missing), and an error handler that retries transient failures with exponential back-off and dead-letters the rest.
 * Invalid events are never retried.
 */
@AutoConfiguration
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PipelineKafkaAutoConfiguration {

    static {
        NativeLz4.load(); // before any Kafka client of the service compresses or decompresses a batch
    }

    @Bean
    KafkaAdmin.NewTopics newsflowTopics(PipelineKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .build())
                .toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterRecoverer deadLetterRecoverer(KafkaTemplate<String, Object> kafkaTemplate, Clock clock,
                                            @Value("${spring.application.name:newsflow}") String service) {
        return new DeadLetterRecoverer(kafkaTemplate, service, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler pipelineErrorHandler(DeadLetterRecoverer recoverer, PipelineKafkaProperties properties) {
        var backOff = new ExponentialBackOffWithMaxRetries(properties.retries());
        backOff.setInitialInterval(properties.retryBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
        handler.setRetryListeners((record, ex, attempt) -> org.slf4j.LoggerFactory.getLogger(PipelineKafkaAutoConfiguration.class)
                .warn("Attempt {} failed for {} from {}-{}@{}: {}", attempt, record.key(), record.topic(),
                        record.partition(), record.offset(), ex.getMessage()));
        return handler;
    }
}
