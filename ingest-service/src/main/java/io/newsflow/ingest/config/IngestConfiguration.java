package io.newsflow.ingest.config;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import io.newsflow.ingest.dedup.FingerprintStore;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.feed.FeedProperties;
import io.newsflow.ingest.intake.IngestProperties;
import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.ingest.pipeline.IngestPipeline;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.kafka.PipelineKafkaProperties;

/** Wires the normaliser, the shared de-duplication state and the pipeline. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleNormalizer articleNormalizer(Clock clock) {
        return ArticleNormalizer.withClock(clock);
    }

    @Bean
    NearDuplicateDetector nearDuplicateDetector(IngestProperties properties, Clock clock) {
        return NearDuplicateDetector.withWindow(properties.duplicateThreshold(), properties.dedupWindow(), clock);
    }

    /**
     * Compacted, so only the latest fingerprint of each article id is kept, and deleted after the de-duplication
     * window, which no instance looks back beyond. (Kafka applies this only when it creates the topic; for an older
     * topic set {@code cleanup.policy=compact,delete} and {@code retention.ms} with kafka-configs.)
     */
    @Bean
    NewTopic fingerprintTopic(IngestProperties properties, PipelineKafkaProperties topics) {
        return TopicBuilder.name(properties.fingerprintTopic())
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(properties.dedupWindow().toMillis()))
                .build();
    }

    /** Compacted: the latest registration of each feed id is kept for ever; a removal is a tombstone. */
    @Bean
    NewTopic feedRegistryTopic(FeedProperties feeds, PipelineKafkaProperties topics) {
        return TopicBuilder.name(feeds.registryTopic())
                .partitions(1)
                .replicas(topics.replicationFactor())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    @Bean
    FingerprintStore fingerprintStore(NearDuplicateDetector detector, EventPublisher publisher,
                                      KafkaProperties kafka, IngestProperties properties) {
        return new FingerprintStore(detector, publisher, kafka.buildConsumerProperties(),
                properties.fingerprintTopic(), Duration.ofSeconds(properties.replayTimeoutSeconds()));
    }

    @Bean
    IngestPipeline ingestPipeline(ArticleNormalizer normalizer, NearDuplicateDetector detector,
                                  FingerprintStore fingerprints, EventPublisher publisher) {
        return new IngestPipeline(normalizer, detector, fingerprints, publisher);
    }
}
