package io.newsflow.index.schema;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.EventJson;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

/**
 * Writes a {@link TaggedArticle}'s document: the record's JSON fields, unchanged, plus derived fields. The JSON is
 * streamed straight from the record: building a map and serialising it took twice as long, per article indexed.
 */
final class ArticleDocuments {

    private static final JsonFactory JSON = new JsonFactory();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** JSON punctuation, field names and the derived fields on top of the text. */
    private static final int OVERHEAD_BYTES = 1_024;

    private ArticleDocuments() {
    }

    /** The document as UTF-8 JSON, ready for a bulk request. */
    static BinaryData toJson(TaggedArticle a) {
        Buffer json = write(a);
        return BinaryData.of(json.array(), 0, json.size(), ContentType.APPLICATION_JSON);
    }

    /** The same document as a map, for callers that look at it rather than send it. */
    static Map<String, Object> toDocument(TaggedArticle a) {
        Buffer json = write(a);
        return EventJson.mapper().readValue(json.array(), 0, json.size(), MAP);
    }

    private static Buffer write(TaggedArticle a) {
        Buffer out = new Buffer(OVERHEAD_BYTES + length(a.title()) + length(a.body()) * 11 / 10);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(a, g);
        }
        return out;
    }

    private static void write(TaggedArticle a, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("schemaVersion", a.schemaVersion());
        g.writeStringProperty(Fields.ID, a.id());
        g.writeStringProperty(Fields.URL, a.url());
        g.writeStringProperty(Fields.SOURCE, a.source());
        g.writeStringProperty(Fields.TITLE, a.title());
        g.writeStringProperty(Fields.BODY, a.body());
        g.writeStringProperty(Fields.PUBLISHED, text(a.published()));
        g.writeStringProperty(Fields.LANGUAGE, a.language());
        g.writeArrayPropertyStart(Fields.ENTITIES);
        for (Entity e : a.entities()) {
            g.writeStartObject();
            g.writeStringProperty("text", e.text());
            g.writeStringProperty("type", e.type().name());
            strings(g, "aliases", e.aliases());
            g.writeNumberProperty("mentions", e.mentions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart(Fields.TAGS);
        for (StrategyTag t : a.tags()) {
            g.writeStartObject();
            g.writeStringProperty("tag", t.tag());
            g.writeNumberProperty("confidence", t.confidence());
            strings(g, "evidence", t.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart(Fields.KEY_FIGURES);
        for (KeyFigure f : a.keyFigures()) {
            g.writeStartObject();
            g.writeStringProperty("text", f.text());
            g.writeStringProperty("kind", f.kind().name());
            g.writeStringProperty("sentence", f.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, Fields.KEY_DETAILS, a.keyDetails());
        g.writeStringProperty(Fields.DUPLICATE_OF, a.duplicateOf());
        g.writeNumberProperty("version", a.version());
        g.writeStringProperty("taggedAt", text(a.taggedAt()));

        for (EntityType type : EntityType.values()) {
            g.writeArrayPropertyStart(Fields.of(type));
            Set<String> seen = new LinkedHashSet<>();
            for (Entity e : a.entities()) {
                if (e.type() == type && seen.add(e.text())) {
                    g.writeString(e.text());
                }
            }
            g.writeEndArray();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            names.add(e.text().toLowerCase(Locale.ROOT));
            e.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }
        g.writeArrayPropertyStart(Fields.ENTITY_NAMES);
        for (String name : names) {
            g.writeString(name);
        }
        g.writeEndArray();
        g.writeNumberProperty(Fields.SHIFT_COUNT, a.tags().size());
        g.writeBooleanProperty(Fields.IS_DUPLICATE, a.duplicateOf() != null);
        g.writeStringProperty(Fields.CANONICAL_ID, a.duplicateOf() != null ? a.duplicateOf() : a.id());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) {
        g.writeArrayPropertyStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** Lets the document's bytes go out without the copy {@code toByteArray()} makes. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }
}
