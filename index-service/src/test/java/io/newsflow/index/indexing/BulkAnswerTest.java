package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

class BulkAnswerTest {

    private static final Jackson3JsonpMapper MAPPER = new Jackson3JsonpMapper();

    @Test
    void readsNoItemsWhenElasticsearchReportsNoErrors() {
        byte[] answer = bytes("{\"took\":30,\"errors\":false,\"items\":[{\"index\":{\"_index\":\"a-v1\",\"status\":201}}]}");

        assertThat(BulkAnswer.itemsUnlessAllIndexed(answer, MAPPER)).isNull();
    }

    @Test
    void readsEveryItemsStatusAndErrorCauseWhenSomeFailed() {
        byte[] answer = bytes("""
                {"took":3,"errors":true,"items":[
                 {"index":{"_index":"a-v1","status":201}},
                 {"index":{"_index":"a-v1","status":409,"error":{"type":"version_conflict_engine_exception","reason":"newer"}}},
                 {"index":{"_index":"a-v1","status":400,"error":{"type":"document_parsing_exception","reason":"bad date",
                   "caused_by":{"type":"illegal_argument_exception","reason":"yesterday"}}}}]}""");

        List<BulkResponseItem> items = BulkAnswer.itemsUnlessAllIndexed(answer, MAPPER);

        assertThat(items).extracting(BulkResponseItem::status).containsExactly(201, 409, 400);
        assertThat(BulkIndexer.outcomeOf(items.get(0))).isEqualTo(IndexOutcome.INDEXED);
        assertThat(BulkIndexer.outcomeOf(items.get(1))).isEqualTo(IndexOutcome.SUPERSEDED);
        assertThat(BulkIndexer.outcomeOf(items.get(2)).rejection()).hasMessage(
                "document_parsing_exception: bad date (caused by illegal_argument_exception: yesterday)");
    }

    @Test
    void takesTheErrorsFlagOnlyFromTheTopLevelBeforeTheItems() {
        assertThat(BulkAnswer.errorsFlag(bytes("{\"took\":{\"errors\":false},\"errors\":true,\"items\":[]}"))).isTrue();
        assertThat(BulkAnswer.errorsFlag(bytes("{\"items\":[],\"errors\":false}"))).isNull();
        assertThat(BulkAnswer.errorsFlag(bytes("{\"took\":1}"))).isNull();
        assertThat(BulkAnswer.errorsFlag(bytes("{\"errors\":\"false\"}"))).isNull();
        assertThat(BulkAnswer.errorsFlag(bytes("[]"))).isNull();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
