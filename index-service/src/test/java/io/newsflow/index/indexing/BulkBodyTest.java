package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BulkBodyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesAnExternalGteIndexActionThatElasticsearchCanRead() {
        byte[] line = BulkBody.actionLine(BulkBody.quote("articles"), "a-1", 7);

        assertThat(new String(line, StandardCharsets.UTF_8)).endsWith("\n");
        JsonNode action = JSON.readTree(line).get("index");
        assertThat(action.get("_index").asString()).isEqualTo("articles");
        assertThat(action.get("_id").asString()).isEqualTo("a-1");
        assertThat(action.get("version").asLong()).isEqualTo(7);
        assertThat(action.get("version_type").asString()).isEqualTo("external_gte");
    }

    @Test
    void escapesIdsSoThatQuotesBackslashesControlCharactersAndNonAsciiSurvive() {
        String id = "a\"b\\c\nd\u0001é漢😀";

        byte[] line = BulkBody.actionLine(BulkBody.quote("art\"icles"), id, Long.MAX_VALUE);

        String text = new String(line, StandardCharsets.UTF_8);
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        JsonNode action = JSON.readTree(line).get("index");
        assertThat(action.get("_id").asString()).isEqualTo(id);
        assertThat(action.get("_index").asString()).isEqualTo("art\"icles");
        assertThat(action.get("version").asLong()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void putsEachActionLineBeforeItsSourceAndEndsEverySourceWithANewline() {
        byte[] backing = "xx{\"title\":\"two\"}yy".getBytes(StandardCharsets.UTF_8);
        List<BulkBody.Line> documents = List.of(
                line(BulkBody.actionLine(BulkBody.quote("i"), "1", 1), ByteBuffer.wrap("{\"title\":\"one\"}".getBytes(StandardCharsets.UTF_8))),
                line(BulkBody.actionLine(BulkBody.quote("i"), "2", 3), ByteBuffer.wrap(backing, 2, 15)));

        String body = new String(BulkBody.of(documents), StandardCharsets.UTF_8);

        assertThat(body.split("\n", -1)).containsExactly(
                "{\"index\":{\"_index\":\"i\",\"_id\":\"1\",\"version\":1,\"version_type\":\"external_gte\"}}",
                "{\"title\":\"one\"}",
                "{\"index\":{\"_index\":\"i\",\"_id\":\"2\",\"version\":3,\"version_type\":\"external_gte\"}}",
                "{\"title\":\"two\"}",
                "");
    }

    @Test
    void leavesTheSourceBuffersAsTheyWereSoThatARetryCanWriteThemAgain() {
        ByteBuffer source = ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8));
        List<BulkBody.Line> documents = List.of(line(BulkBody.actionLine(BulkBody.quote("i"), "1", 1), source));

        byte[] first = BulkBody.of(documents);
        byte[] second = BulkBody.of(documents);

        assertThat(second).isEqualTo(first);
        assertThat(source.remaining()).isEqualTo(2);
    }

    private static BulkBody.Line line(byte[] action, ByteBuffer source) {
        return new BulkBody.Line() {
            @Override
            public byte[] action() {
                return action;
            }

            @Override
            public ByteBuffer source() {
                return source;
            }
        };
    }
}
