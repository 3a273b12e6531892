package io.newsflow.index.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.model.TaggedArticle;

/**
 * Temporary stand-in for D2's {@code io.newsflow.index.schema.IndexSchema} (same methods); removed once that lands.
 */
@Component
public class StandInIndexSchema {

    private final ElasticsearchClient client;

    public StandInIndexSchema(ElasticsearchClient client) {
        this.client = client;
    }

    public void ensureIndex() {
        try {
            if (client.indices().existsAlias(a -> a.name(writeAlias())).value()) {
                return;
            }
            client.indices().create(c -> c.index(writeAlias() + "-v1")
                    .aliases(writeAlias(), a -> a.isWriteIndex(true))
                    .mappings(m -> m
                            .properties("source", p -> p.keyword(k -> k))
                            .properties("url", p -> p.keyword(k -> k))
                            .properties("language", p -> p.keyword(k -> k))
                            .properties("published", p -> p.date(d -> d))
                            .properties("taggedAt", p -> p.date(d -> d))
                            .properties("title", p -> p.text(t -> t))
                            .properties("body", p -> p.text(t -> t))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String writeAlias() {
        return "articles";
    }

    public Map<String, Object> toDocument(TaggedArticle a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", a.id());
        doc.put("url", a.url());
        doc.put("source", a.source());
        doc.put("title", a.title());
        doc.put("body", a.body());
        doc.put("published", a.published() == null ? null : a.published().toString());
        doc.put("language", a.language());
        doc.put("entities", a.entities().stream().map(e -> Map.of("text", e.text(), "type", e.type().name())).toList());
        doc.put("tags", a.tags().stream().map(t -> t.tag()).toList());
        doc.put("version", a.version());
        doc.put("taggedAt", a.taggedAt() == null ? null : a.taggedAt().toString());
        return doc;
    }
}
