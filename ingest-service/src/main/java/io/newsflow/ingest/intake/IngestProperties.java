package io.newsflow.ingest.intake;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Intake and de-duplication settings ({@code newsflow.ingest.*}, env {@code NEWSFLOW_INGEST_*}).
 *
 * @param maxRequestBytes     largest accepted {@code POST /api/articles} body; larger ones get 413 (the shared
 *                            {@code newsflow.security.max-request-bytes} limit applies first)
 * @param maxBatchArticles    most articles in one request
 * @param duplicateThreshold  estimated shingle Jaccard similarity from which an article is a near copy
 * @param fingerprintTopic    compacted topic that shares de-duplication state between instances and restarts
 * @param replayTimeoutSeconds how long start-up may spend reading the fingerprint topic before giving up
 * @param listenerConcurrency  consumer threads on the raw topic (more than one only helps with many feeds)
 * @param dedupWindow         an article is compared with those taken within this long before it; older fingerprints
 *                            are forgotten and expire from the fingerprint topic ({@code NEWSFLOW_INGEST_DEDUPWINDOW},
 *                            e.g. {@code 30d})
 */
@Validated
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @Min(1024) @Max(1_073_741_824) Long maxRequestBytes,
        @Min(1) @Max(100_000) Integer maxBatchArticles,
        @DecimalMin("0.05") @DecimalMax("1.0") Double duplicateThreshold,
        @NotBlank String fingerprintTopic,
        @Min(1) @Max(3600) Integer replayTimeoutSeconds,
        @Min(1) @Max(64) Integer listenerConcurrency,
        Duration dedupWindow) {

    public IngestProperties {
        maxRequestBytes = maxRequestBytes == null ? 10L * 1024 * 1024 : maxRequestBytes;
        maxBatchArticles = maxBatchArticles == null ? 1_000 : maxBatchArticles;
        duplicateThreshold = duplicateThreshold == null ? 0.3 : duplicateThreshold;
        fingerprintTopic = fingerprintTopic == null ? "newsflow.ingest.fingerprints" : fingerprintTopic;
        replayTimeoutSeconds = replayTimeoutSeconds == null ? 120 : replayTimeoutSeconds;
        listenerConcurrency = listenerConcurrency == null ? 1 : listenerConcurrency;
        dedupWindow = dedupWindow == null ? Duration.ofDays(30) : dedupWindow;
    }

    @AssertTrue(message = "dedup-window must be at least one hour")
    boolean isDedupWindowAtLeastAnHour() {
        return dedupWindow.compareTo(Duration.ofHours(1)) >= 0;
    }
}
