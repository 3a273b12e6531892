package io.newsflow.model;

import java.util.List;
import java.util.Objects;

/**
 * A distinct named entity found in one article.
 *
 * @param text     canonical name: the first full surface form seen in the article (e.g. "Meta Platforms")
 * @param type     entity kind
 * @param aliases  other surface forms of the same entity in the article (e.g. "Meta"); never contains {@code text}
 * @param mentions how many times the entity is mentioned, all forms together (at least 1)
 */
public record Entity(String text, EntityType type, List<String> aliases, int mentions) {

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (mentions < 1) {
            mentions = 1;
        }
    }

    /** An entity seen once under a single form. */
    public static Entity of(String text, EntityType type) {
        return new Entity(text, type, List.of(), 1);
    }
}
