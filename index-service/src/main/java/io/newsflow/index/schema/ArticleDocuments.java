package io.newsflow.index.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

/** Maps a {@link TaggedArticle} to its document: the record's JSON fields, unchanged, plus derived fields. */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Map<String, Object> toDocument(TaggedArticle a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", a.schemaVersion());
        doc.put(Fields.ID, a.id());
        doc.put(Fields.URL, a.url());
        doc.put(Fields.SOURCE, a.source());
        doc.put(Fields.TITLE, a.title());
        doc.put(Fields.BODY, a.body());
        doc.put(Fields.PUBLISHED, a.published() == null ? null : a.published().toString());
        doc.put(Fields.LANGUAGE, a.language());
        doc.put(Fields.ENTITIES, a.entities().stream().map(ArticleDocuments::entity).toList());
        doc.put(Fields.TAGS, a.tags().stream().map(ArticleDocuments::tag).toList());
        doc.put(Fields.KEY_FIGURES, a.keyFigures().stream().map(ArticleDocuments::figure).toList());
        doc.put(Fields.KEY_DETAILS, a.keyDetails());
        doc.put(Fields.DUPLICATE_OF, a.duplicateOf());
        doc.put("version", a.version());
        doc.put("taggedAt", a.taggedAt() == null ? null : a.taggedAt().toString());

        for (EntityType type : EntityType.values()) {
            doc.put(Fields.of(type), a.entities().stream().filter(e -> e.type() == type).map(Entity::text)
                    .distinct().toList());
        }
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            names.add(e.text().toLowerCase(Locale.ROOT));
            e.aliases().forEach(alias -> names.add(alias.toLowerCase(Locale.ROOT)));
        }
        doc.put(Fields.ENTITY_NAMES, new ArrayList<>(names));
        doc.put(Fields.SHIFT_COUNT, a.tags().size());
        doc.put(Fields.IS_DUPLICATE, a.duplicateOf() != null);
        doc.put(Fields.CANONICAL_ID, a.duplicateOf() != null ? a.duplicateOf() : a.id());
        return doc;
    }

    private static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", e.text());
        m.put("type", e.type().name());
        m.put("aliases", e.aliases());
        m.put("mentions", e.mentions());
        return m;
    }

    private static Map<String, Object> tag(StrategyTag t) {
        return Map.of("tag", t.tag(), "confidence", t.confidence(), "evidence", t.evidence());
    }

    private static Map<String, Object> figure(KeyFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", f.text());
        m.put("kind", f.kind().name());
        m.put("sentence", f.sentence());
        return m;
    }

    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
