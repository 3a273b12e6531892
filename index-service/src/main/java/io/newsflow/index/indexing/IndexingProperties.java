package io.newsflow.index.indexing;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How index-service writes tagged articles to Elasticsearch ({@code newsflow.index.*}, env {@code NEWSFLOW_INDEX_*}).
 * Shares the prefix with the index design settings ({@link io.newsflow.index.schema.IndexProperties}: alias, shards).
 *
 * @param bulkActions           most documents in one bulk request ({@code NEWSFLOW_INDEX_BULK_ACTIONS})
 * @param bulkSize              largest bulk request body ({@code NEWSFLOW_INDEX_BULK_SIZE}, e.g. {@code 5MB})
 * @param flushInterval         a partly filled bulk request is sent after this long ({@code NEWSFLOW_INDEX_FLUSH_INTERVAL})
 * @param maxConcurrentRequests bulk requests in flight at once, shared by all consumer threads
 * @param concurrency           Kafka consumer threads; useful up to the partition count of the tagged-articles topic
 * @param retryBackoff          first wait before retrying a document Elasticsearch could not take (429, outage); doubles
 * @param retryMaxBackoff       longest wait between two retries of one document
 * @param batchTimeout          how long a consumer waits for Elasticsearch to take a polled batch before it pauses,
 *                              hands the unindexed records back to Kafka and tries again; keep it well under the
 *                              consumer's {@code max.poll.interval.ms}
 */
@Validated
@ConfigurationProperties("newsflow.index")
public record IndexingProperties(
        @Min(1) @Max(100_000) Integer bulkActions,
        @NotNull DataSize bulkSize,
        @NotNull Duration flushInterval,
        @Min(1) @Max(64) Integer maxConcurrentRequests,
        @Min(1) @Max(256) Integer concurrency,
        @NotNull Duration retryBackoff,
        @NotNull Duration retryMaxBackoff,
        @NotNull Duration batchTimeout) {

    public IndexingProperties {
        bulkActions = bulkActions == null ? 1_000 : bulkActions;
        bulkSize = bulkSize == null ? DataSize.ofMegabytes(5) : bulkSize;
        flushInterval = flushInterval == null ? Duration.ofMillis(200) : flushInterval;
        maxConcurrentRequests = maxConcurrentRequests == null ? 2 : maxConcurrentRequests;
        concurrency = concurrency == null ? 3 : concurrency;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(200) : retryBackoff;
        retryMaxBackoff = retryMaxBackoff == null ? Duration.ofSeconds(10) : retryMaxBackoff;
        batchTimeout = batchTimeout == null ? Duration.ofSeconds(60) : batchTimeout;
    }

    /** Defaults for everything: what the service uses when nothing is configured. */
    public static IndexingProperties defaults() {
        return new IndexingProperties(null, null, null, null, null, null, null, null);
    }

    @AssertTrue(message = "bulk-size must be between 1KB and 100MB")
    boolean isBulkSizeSensible() {
        return bulkSize == null || bulkSize.toBytes() >= 1024 && bulkSize.toBytes() <= DataSize.ofMegabytes(100).toBytes();
    }

    @AssertTrue(message = "flush-interval, retry-backoff and batch-timeout must be positive")
    boolean isEveryDurationPositive() {
        return isPositive(flushInterval) && isPositive(retryBackoff) && isPositive(batchTimeout);
    }

    @AssertTrue(message = "retry-max-backoff must not be shorter than retry-backoff")
    boolean isRetryMaxBackoffAtLeastRetryBackoff() {
        return retryBackoff == null || retryMaxBackoff == null || retryMaxBackoff.compareTo(retryBackoff) >= 0;
    }

    private static boolean isPositive(Duration duration) {
        return duration == null || !(duration.isNegative() || duration.isZero());
    }
}
