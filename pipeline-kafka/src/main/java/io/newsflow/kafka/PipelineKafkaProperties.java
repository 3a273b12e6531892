package io.newsflow.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Topic layout and retry policy shared by every service ({@code newsflow.topics.*}, env {@code NEWSFLOW_TOPICS_*}).
 *
 * @param partitions        partitions of each pipeline topic when newsflow creates it; consumers scale out up to this
 * @param replicationFactor replication factor of created topics (1 on a single broker, 3 on a real cluster)
 * @param retries           attempts after the first for a transient failure, before the record is dead-lettered
 * @param retryBackoff      first back-off between attempts; doubles each attempt
 */
@Validated
@ConfigurationProperties("newsflow.topics")
public record PipelineKafkaProperties(
        @Min(1) @Max(1000) Integer partitions,
        @Min(1) @Max(10) Integer replicationFactor,
        @Min(0) @Max(100) Integer retries,
        @NotNull Duration retryBackoff) {

    public PipelineKafkaProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        retries = retries == null ? 5 : retries;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(500) : retryBackoff;
    }
}
