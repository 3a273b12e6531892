package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventJsonTest {

    static TaggedArticle sampleTagged() {
        Article article = new Article(Topics.SCHEMA_VERSION, "x-001", "https://news.example/meta-llama", "Harbor Street Journal",
                "Meta takes Muse Spark proprietary", "Meta said on Tuesday it would stop releasing Llama weights.",
                Instant.parse("2026-04-08T14:05:00Z"), "en", null, 1_700_000_000_000L);
        return TaggedArticle.of(article,
                List.of(new Entity("Meta Platforms", EntityType.ORGANIZATION, List.of("Meta"), 3), Entity.of("Llama", EntityType.PRODUCT)),
                List.of(new StrategyTag(StrategyTags.OPEN_TO_PROPRIETARY, 0.91, List.of("Meta said on Tuesday it would stop releasing Llama weights."))),
                List.of(new KeyFigure("$115–135 billion", FigureKind.MONEY, "Capex will be $115–135 billion.")),
                List.of("Meta said on Tuesday it would stop releasing Llama weights."),
                Instant.parse("2026-04-08T14:06:00Z"));
    }

    @Test
    void taggedArticleSurvivesJsonRoundTrip() {
        TaggedArticle tagged = sampleTagged();

        TaggedArticle back = EventJson.fromJson(EventJson.toJson(tagged), TaggedArticle.class);

        assertThat(back).isEqualTo(tagged);
    }

    @Test
    void writesTheContractFieldNamesAndIsoTimes() {
        String json = EventJson.toJson(sampleTagged());

        assertThat(json).contains("\"id\":\"x-001\"", "\"entities\":[", "\"aliases\":[\"Meta\"]", "\"mentions\":3",
                "\"tags\":[", "\"confidence\":0.91", "\"evidence\":[", "\"keyFigures\":[", "\"kind\":\"MONEY\"",
                "\"keyDetails\":[", "\"duplicateOf\":null", "\"published\":\"2026-04-08T14:05:00Z\"", "\"schemaVersion\":1");
    }

    @Test
    void ignoresUnknownFieldsForForwardCompatibility() {
        Article article = EventJson.fromJson("{\"schemaVersion\":1,\"id\":\"a1\",\"title\":\"t\",\"someFutureField\":{\"x\":1}}", Article.class);

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.title()).isEqualTo("t");
    }

    @Test
    void rejectsMalformedJsonWithReadableReason() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"id\": \"a1\",", Article.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("malformed Article JSON");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;

        assertThatThrownBy(() -> EventJson.fromBytes(broken, Article.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("payload is not valid UTF-8");
    }

    @Test
    void rejectsDeeplyNestedPayload() {
        String deep = "{\"unknownField\":" + "[".repeat(500) + "]".repeat(500) + "}";

        assertThatThrownBy(() -> EventJson.fromJson(deep, Article.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void rejectsEmptyPayload() {
        assertThatThrownBy(() -> EventJson.fromBytes(new byte[0], Article.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("empty payload");
    }

    @Test
    void readsBytesLikeTextAndRefusesWhatTextRefuses() {
        Article article = new Article(Topics.SCHEMA_VERSION, "a1", "https://x.example/a1", "Zürich Zeitung",
                "Tokyo 東京 raises €1.8 billion", "Body 🚀", java.time.Instant.parse("2026-11-30T10:00:00Z"), "de", null, 3L);

        assertThat(EventJson.fromBytes(EventJson.toBytes(article), Article.class)).isEqualTo(article);
        String deep = "{\"unknownField\":" + "[".repeat(500) + "]".repeat(500) + "}";
        assertThatThrownBy(() -> EventJson.fromBytes(deep.getBytes(StandardCharsets.UTF_8), Article.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> EventJson.fromBytes("{\"id\": \"a1\",".getBytes(StandardCharsets.UTF_8), Article.class))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("malformed Article JSON");
        assertThatThrownBy(() -> EventJson.fromBytes(new byte[] {'{', 0, '}'}, Article.class))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("malformed Article JSON");
        assertThatThrownBy(() -> EventJson.fromBytes(" \n ".getBytes(StandardCharsets.UTF_8), Article.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("empty payload");
    }
}
