package io.newsflow.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.elastic.clients.util.BinaryData;
import tools.jackson.core.type.TypeReference;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.EventJson;
import io.newsflow.model.FigureKind;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

class ArticleDocumentsTest {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final TaggedArticle article = new TaggedArticle(1, "a-1", "https://x.example/a", "Harbor Street Journal",
            "Elastic changes license", "Elastic moved Elasticsearch to SSPL.", Instant.parse("2021-01-14T14:05:00Z"),
            "en",
            List.of(new Entity("Meta Platforms", EntityType.ORGANIZATION, List.of("Meta"), 3),
                    Entity.of("Elasticsearch", EntityType.PRODUCT), Entity.of("Shay Banon", EntityType.PERSON)),
            List.of(new StrategyTag("open-to-proprietary", 0.9, List.of("Elastic moved Elasticsearch to SSPL."))),
            List.of(new KeyFigure("15%", FigureKind.PERCENT, "Shares rose 15%.")), List.of("Elastic moved."),
            null, 42L, Instant.parse("2021-01-14T15:00:00Z"));

    @Test
    void keepsTheRecordFieldsAndAddsEntityNamesByType() {
        Map<String, Object> doc = ArticleDocuments.toDocument(article);

        assertThat(doc).containsEntry("id", "a-1").containsEntry("published", "2021-01-14T14:05:00Z")
                .containsEntry("organizations", List.of("Meta Platforms"))
                .containsEntry("products", List.of("Elasticsearch"))
                .containsEntry("persons", List.of("Shay Banon"))
                .containsEntry("locations", List.of())
                .containsEntry("shiftCount", 1)
                .containsEntry("isDuplicate", false);
        assertThat(doc.get("entityNames")).isEqualTo(List.of("meta platforms", "meta", "elasticsearch", "shay banon"));
        assertThat((List<?>) doc.get("tags")).singleElement()
                .isEqualTo(Map.of("tag", "open-to-proprietary", "confidence", 0.9,
                        "evidence", List.of("Elastic moved Elasticsearch to SSPL.")));
    }

    @Test
    void writesTheRecordFieldsExactlyAsTheEventContractDoes() {
        Map<String, Object> event = EventJson.mapper().readValue(EventJson.toBytes(article), MAP);

        Map<String, Object> doc = parse(ArticleDocuments.toJson(article));

        assertThat(event).isNotEmpty();
        event.forEach((field, value) -> assertThat(doc).as(field).containsEntry(field, value));
    }

    @Test
    void keepsEachDocumentOnOneLineOfTheBulkRequestWhateverTheText() {
        TaggedArticle hostile = new TaggedArticle(1, "a-3", "https://x.example/b", "Quote \"Wire\"",
                "Z\u00fcrich: 5\u00a0% \u2014 \u2603", "Line one.\nLine two\r\n\tindented \\ back\u0000slash.",
                Instant.EPOCH, "de", List.of(), List.of(), List.of(), List.of(), null, 3L, null);

        BinaryData json = ArticleDocuments.toJson(hostile);

        assertThat(new String(bytes(json), StandardCharsets.UTF_8)).doesNotContain("\n", "\r");
        assertThat(parse(json)).containsEntry("title", hostile.title()).containsEntry("body", hostile.body())
                .containsEntry("source", hostile.source()).containsEntry("taggedAt", null)
                .containsEntry("canonicalId", "a-3");
    }

    @Test
    void marksNearDuplicates() {
        TaggedArticle copy = new TaggedArticle(1, "a-2", "https://y.example/a", "Other", "t", "b", Instant.EPOCH, "en",
                List.of(), List.of(), List.of(), List.of(), "a-1", 1L, Instant.EPOCH);

        Map<String, Object> doc = ArticleDocuments.toDocument(copy);

        assertThat(doc).containsEntry("duplicateOf", "a-1").containsEntry("isDuplicate", true);
    }

    private static Map<String, Object> parse(BinaryData json) {
        return EventJson.mapper().readValue(bytes(json), MAP);
    }

    private static byte[] bytes(BinaryData json) {
        try {
            ByteBuffer buffer = json.asByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyDocumentFieldIsMappedExplicitly() {
        String mappings = IndexSchema.mappingsJson();

        ArticleDocuments.toDocument(article).keySet()
                .forEach(field -> assertThat(mappings).as(field).contains("\"" + field + "\""));
    }
}
