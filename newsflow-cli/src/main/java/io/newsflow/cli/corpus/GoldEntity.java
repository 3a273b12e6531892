package io.newsflow.cli.corpus;

import java.util.List;

import io.newsflow.model.EntityType;

/**
 * A gold named entity: its first surface form, its type and the other forms it appears under.
 *
 * @param text    surface form as it first appears
 * @param type    entity kind
 * @param aliases later forms of the same entity (e.g. "Meta" for "Meta Platforms")
 */
public record GoldEntity(String text, EntityType type, List<String> aliases) {

    public GoldEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
