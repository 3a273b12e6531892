package io.newsflow.index.schema;

import java.util.Map;

import io.newsflow.model.EntityType;

/** Names of the fields of an article document, as mapped by the index template. */
public final class Fields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String PUBLISHED = "published";
    public static final String LANGUAGE = "language";
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final String IS_DUPLICATE = "isDuplicate";
    /** The original's id for a near-duplicate, else the article's own id: near-copies share it. */
    public static final String CANONICAL_ID = "canonicalId";
    public static final String TAG = "tags.tag";
    public static final String TAGS = "tags";
    public static final String ENTITIES = "entities";
    public static final String KEY_FIGURES = "keyFigures";
    public static final String KEY_DETAILS = "keyDetails";
    /** Every entity name and alias, lower-cased: the field that entity filters match. */
    public static final String ENTITY_NAMES = "entityNames";
    public static final String SHIFT_COUNT = "shiftCount";

    /** Keyword field holding the canonical names of the entities of each type (for facets and filters). */
    public static final Map<EntityType, String> BY_TYPE = Map.of(
            EntityType.PERSON, "persons",
            EntityType.ORGANIZATION, "organizations",
            EntityType.LOCATION, "locations",
            EntityType.PRODUCT, "products");

    private Fields() {
    }

    /** The keyword field of {@code type}'s entity names. */
    public static String of(EntityType type) {
        return BY_TYPE.get(type);
    }
}
