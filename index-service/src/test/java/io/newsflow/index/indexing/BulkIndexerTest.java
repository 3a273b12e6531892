package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;

class BulkIndexerTest {

    @Test
    void treatsAnAcceptedItemAsIndexed() {
        assertThat(BulkIndexer.outcomeOf(item(201, null))).isEqualTo(IndexOutcome.INDEXED);
    }

    @Test
    void treatsAVersionConflictAsSupersededNotAsAnError() {
        var conflict = item(409, ErrorCause.of(e -> e.type("version_conflict_engine_exception")
                .reason("[a-1]: version conflict, current version [20] is higher than or equal to the one provided [10]")));

        assertThat(BulkIndexer.outcomeOf(conflict)).isEqualTo(IndexOutcome.SUPERSEDED);
    }

    @Test
    void leavesTooManyRequestsAndUnavailableShardsForRetry() {
        assertThat(BulkIndexer.outcomeOf(item(429, ErrorCause.of(e -> e.type("es_rejected_execution_exception").reason("queue full")))))
                .isNull();
        assertThat(BulkIndexer.outcomeOf(item(503, ErrorCause.of(e -> e.type("unavailable_shards_exception").reason("primary not active")))))
                .isNull();
    }

    @Test
    void rejectsAMappingFailureWithElasticsearchsReasonAndCause() {
        var broken = item(400, ErrorCause.of(e -> e.type("document_parsing_exception")
                .reason("[1:42] failed to parse field [published] of type [date]")
                .causedBy(c -> c.type("illegal_argument_exception").reason("failed to parse date field [yesterday]"))));

        IndexOutcome outcome = BulkIndexer.outcomeOf(broken);

        assertThat(outcome.isRejected()).isTrue();
        assertThat(outcome.rejection()).isInstanceOf(DocumentRejectedException.class)
                .hasMessage("document_parsing_exception: [1:42] failed to parse field [published] of type [date]"
                        + " (caused by illegal_argument_exception: failed to parse date field [yesterday])");
    }

    @Test
    void doublesTheBackoffPerAttemptUpToTheCap() {
        assertThat(BulkIndexer.backoffMillis(1, 200, 10_000)).isEqualTo(200);
        assertThat(BulkIndexer.backoffMillis(2, 200, 10_000)).isEqualTo(400);
        assertThat(BulkIndexer.backoffMillis(4, 200, 10_000)).isEqualTo(1_600);
        assertThat(BulkIndexer.backoffMillis(7, 200, 10_000)).isEqualTo(10_000);
        assertThat(BulkIndexer.backoffMillis(500, 200, 10_000)).isEqualTo(10_000);
    }

    private static BulkResponseItem item(int status, ErrorCause error) {
        return BulkResponseItem.of(b -> b.operationType(OperationType.Index).index("articles-v1").id("a-1")
                .status(status).error(error));
    }
}
