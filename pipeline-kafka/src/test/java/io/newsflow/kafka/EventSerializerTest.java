package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;
import io.newsflow.model.EventJson;
import io.newsflow.model.Topics;

class EventSerializerTest {

    private static final Article ARTICLE = new Article(Topics.SCHEMA_VERSION, "a1", "https://x.example/a1", "X",
            "Title", "Body", Instant.parse("2026-11-30T10:00:00Z"), "en", null, 1L);

    @Test
    void writesAnEventAsItsJsonAndPassesJsonWrittenEarlierThroughUnchanged() {
        EventSerializer serializer = new EventSerializer();
        byte[] written = EventJson.toBytes(ARTICLE);

        assertThat(serializer.serialize(Topics.ARTICLES, ARTICLE)).isEqualTo(written);
        assertThat(serializer.serialize(Topics.ARTICLES, written)).isSameAs(written);
        assertThat(EventJson.fromBytes(serializer.serialize(Topics.ARTICLES, ARTICLE), Article.class)).isEqualTo(ARTICLE);
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("{").contains("\"id\":\"a1\"");
        assertThat(serializer.serialize(Topics.ARTICLES, null)).isNull();
    }
}
