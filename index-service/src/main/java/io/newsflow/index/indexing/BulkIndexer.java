package io.newsflow.index.indexing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Writes documents to Elasticsearch through one shared {@link BulkIngester} (flushed by size, byte size and time) and
 * tells each caller what became of its document. Documents use external versioning ({@code version_type=external_gte}),
 * so a redelivered older version never overwrites a newer one. Item-level 429s and failed bulk requests (Elasticsearch
 * down, timeouts) are retried with exponential back-off until they succeed or the caller cancels the future; documents
 * Elasticsearch refuses for good complete as {@link IndexOutcome.Status#REJECTED}.
 */
public class BulkIndexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);

    private final BulkIngester<Pending> ingester;
    private final ScheduledExecutorService retries;
    private final long retryBackoffMillis;
    private final long retryMaxBackoffMillis;

    public BulkIndexer(ElasticsearchClient client, IndexingProperties properties) {
        this.retryBackoffMillis = properties.retryBackoff().toMillis();
        this.retryMaxBackoffMillis = properties.retryMaxBackoff().toMillis();
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bulk-indexer-retry");
            thread.setDaemon(true);
            return thread;
        });
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(properties.bulkActions())
                .maxSize(properties.bulkSize().toBytes())
                .maxConcurrentRequests(properties.maxConcurrentRequests())
                .flushInterval(properties.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new ResultListener()));
    }

    /**
     * Queues {@code document} for index {@code index} under {@code id} at {@code version}. The future completes once
     * Elasticsearch answered for good; cancel it to stop further retries.
     */
    public CompletableFuture<IndexOutcome> index(String index, String id, long version, Object document) {
        BulkOperation operation = BulkOperation.of(b -> b.index(i -> i
                .index(index).id(id).version(version).versionType(VersionType.ExternalGte).document(document)));
        Pending pending = new Pending(id, operation, new CompletableFuture<>(), new AtomicInteger());
        ingester.add(operation, pending);
        return pending.result();
    }

    /** Sends whatever is queued now instead of waiting for the flush interval. */
    public void flush() {
        ingester.flush();
    }

    @Override
    public void close() {
        ingester.close();
        retries.shutdownNow();
    }

    private void retry(Pending pending, String why) {
        if (pending.result().isDone()) {
            return;
        }
        int attempt = pending.attempts().incrementAndGet();
        long delay = backoffMillis(attempt);
        log.debug("Retrying {} in {} ms (attempt {}): {}", pending.id(), delay, attempt, why);
        try {
            retries.schedule(() -> {
                if (!pending.result().isDone()) {
                    ingester.add(pending.operation(), pending);
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Not retrying {}: the indexer is closing", pending.id());
        }
    }

    private long backoffMillis(int attempt) {
        return backoffMillis(attempt, retryBackoffMillis, retryMaxBackoffMillis);
    }

    /** {@code first} doubled per attempt after the first, capped at {@code max}. */
    static long backoffMillis(int attempt, long first, long max) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        return Math.min(max, first << doublings);
    }

    /** A 409 under external versioning means the index already holds this or a newer version. */
    static IndexOutcome outcomeOf(BulkResponseItem item) {
        ErrorCause error = item.error();
        if (error == null) {
            return IndexOutcome.INDEXED;
        }
        if (item.status() == 409) {
            return IndexOutcome.SUPERSEDED;
        }
        if (isTransient(item.status())) {
            return null;
        }
        return IndexOutcome.rejected(new DocumentRejectedException(describe(error)));
    }

    static boolean isTransient(int status) {
        return status == 429 || status == 408 || status >= 502;
    }

    static String describe(ErrorCause error) {
        StringBuilder text = new StringBuilder().append(error.type()).append(": ").append(error.reason());
        for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
            text.append(" (caused by ").append(cause.type()).append(": ").append(cause.reason()).append(')');
        }
        return text.toString();
    }

    private final class ResultListener implements BulkListener<Pending> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            int retried = 0;
            for (int i = 0; i < contexts.size(); i++) {
                Pending pending = contexts.get(i);
                IndexOutcome outcome = outcomeOf(items.get(i));
                if (outcome == null) {
                    retried++;
                    retry(pending, "status " + items.get(i).status());
                } else {
                    pending.result().complete(outcome);
                }
            }
            if (retried > 0) {
                log.warn("Bulk request {}: {} of {} documents refused for now (429/5xx), retrying with back-off",
                        executionId, retried, contexts.size());
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            int attempt = contexts.stream().mapToInt(p -> p.attempts().get()).max().orElse(0) + 1;
            log.warn("Bulk request {} with {} documents failed (attempt {}), retrying in {}: {}", executionId,
                    contexts.size(), attempt, Duration.ofMillis(backoffMillis(attempt)), failure.toString());
            contexts.forEach(pending -> retry(pending, failure.toString()));
        }
    }

    private record Pending(String id, BulkOperation operation, CompletableFuture<IndexOutcome> result,
                           AtomicInteger attempts) {
    }
}
