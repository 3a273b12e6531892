package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.newsflow.localstack.LocalStack;

/** The bulk indexer against the real (minimal) Elasticsearch distribution. */
class BulkIndexerIT {

    private final ElasticsearchClient client = ElasticsearchClient.of(b -> b
            .host(LocalStack.shared().elasticsearchUrl()).jsonMapper(new Jackson3JsonpMapper()));
    private final String index = "it_bulk_" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() throws Exception {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        client.close();
    }

    /**
     * Consumer threads each queue a batch, flush and wait for its answers, with more threads than request slots and
     * batches that straddle bulk requests: every batch must get its answers, none may wait for someone else's flush.
     */
    @Test
    void answersEveryBatchWhenMoreThreadsFlushThanRequestsMayBeInFlight() throws Exception {
        var settings = new IndexingProperties(70, DataSize.ofMegabytes(5), Duration.ofMinutes(10), 1, null, null, null, null);
        int threads = 4;
        int batches = 25;
        int batchSize = 40;
        ExecutorService consumers = Executors.newFixedThreadPool(threads);
        try (BulkIndexer indexer = new BulkIndexer(client, settings)) {
            List<Future<List<IndexOutcome>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "t" + t + "-";
                results.add(consumers.submit(() -> {
                    List<IndexOutcome> outcomes = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        List<CompletableFuture<IndexOutcome>> batch = new ArrayList<>();
                        for (int i = 0; i < batchSize; i++) {
                            String id = thread + b + "-" + i;
                            batch.add(indexer.index(index, id, 1, Map.of("id", id, "title", "Story " + id)));
                        }
                        indexer.flush();
                        // The flush interval is ten minutes: only a flush or a full request can answer in time.
                        CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
                        batch.forEach(outcome -> outcomes.add(outcome.join()));
                    }
                    return outcomes;
                }));
            }
            List<IndexOutcome> all = new ArrayList<>();
            for (Future<List<IndexOutcome>> result : results) {
                all.addAll(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * batches * batchSize).containsOnly(IndexOutcome.INDEXED);
        } finally {
            consumers.shutdownNow();
        }
        client.indices().refresh(r -> r.index(index));
        assertThat(client.count(c -> c.index(index)).count()).isEqualTo((long) threads * batches * batchSize);
    }

    @Test
    void keepsTheNewerVersionAndAnswersTheOlderOneAsSuperseded() throws Exception {
        var settings = new IndexingProperties(null, null, Duration.ofMillis(50), null, null, null, null, null);
        try (BulkIndexer indexer = new BulkIndexer(client, settings)) {
            assertThat(indexer.index(index, "a", 5, Map.of("title", "newer")).get(20, TimeUnit.SECONDS))
                    .isEqualTo(IndexOutcome.INDEXED);
            assertThat(indexer.index(index, "a", 4, Map.of("title", "older")).get(20, TimeUnit.SECONDS))
                    .isEqualTo(IndexOutcome.SUPERSEDED);
        }
        assertThat(client.get(g -> g.index(index).id("a"), Map.class).source()).containsEntry("title", "newer");
    }
}
