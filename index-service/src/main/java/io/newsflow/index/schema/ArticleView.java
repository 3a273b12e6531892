package io.newsflow.index.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

/**
 * The part of an indexed article document that search, related coverage and the briefing show or compare.
 *
 * @param id          article id
 * @param title       headline
 * @param source      outlet
 * @param url         canonical URL
 * @param published   publication time, or null when the document has none
 * @param duplicateOf id of the original when this is a near-duplicate, else null
 * @param entities    distinct entities with their aliases, in article order
 * @param tags        strategy-shift tags
 */
public record ArticleView(String id, String title, String source, String url, Instant published, String duplicateOf,
                          List<Entity> entities, List<String> tags) {

    /** Source fields that {@link #fromSource(Map)} reads; ask Elasticsearch for only these. */
    public static final List<String> SOURCE_FIELDS = List.of(Fields.ID, Fields.TITLE, Fields.SOURCE, Fields.URL,
            Fields.PUBLISHED, Fields.DUPLICATE_OF, "entities.text", "entities.type", "entities.aliases", Fields.TAG);

    /** Reads the view from a document's {@code _source}. */
    public static ArticleView fromSource(Map<String, Object> source) {
        List<Entity> entities = new ArrayList<>();
        for (Map<?, ?> e : maps(source.get(Fields.ENTITIES))) {
            EntityType type = parseType(e.get("type"));
            if (e.get("text") != null && type != null) {
                entities.add(new Entity(e.get("text").toString(), type,
                        ArticleDocuments.strings(e.get("aliases")), 1));
            }
        }
        List<String> tags = new ArrayList<>();
        for (Map<?, ?> t : maps(source.get(Fields.TAGS))) {
            if (t.get("tag") != null) {
                tags.add(t.get("tag").toString());
            }
        }
        Object published = source.get(Fields.PUBLISHED);
        return new ArticleView(str(source.get(Fields.ID)), str(source.get(Fields.TITLE)),
                str(source.get(Fields.SOURCE)), str(source.get(Fields.URL)),
                published == null ? null : Instant.parse(published.toString()), str(source.get(Fields.DUPLICATE_OF)),
                List.copyOf(entities), List.copyOf(tags));
    }

    /** Lower-cased name and aliases of {@code entity}: the forms under which another article may name it. */
    public static Set<String> forms(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(entity.text().toLowerCase(Locale.ROOT));
        entity.aliases().forEach(a -> forms.add(a.toLowerCase(Locale.ROOT)));
        return forms;
    }

    /** Every lower-cased entity name and alias of this article. */
    public Set<String> entityForms() {
        Set<String> all = new LinkedHashSet<>();
        entities.forEach(e -> all.addAll(forms(e)));
        return all;
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(m -> maps.add((Map<?, ?>) m));
        }
        return maps;
    }

    private static EntityType parseType(Object type) {
        try {
            return type == null ? null : EntityType.valueOf(type.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
