package io.newsflow.cli.corpus;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gold annotations of one corpus article (see {@code shared/corpus/README.md}).
 *
 * @param entities    every distinct named entity, first surface form, with aliases
 * @param tags        the strategy-shift tags the article reports
 * @param keyFigures  money, percentages, multipliers and headline quantities, exactly as written
 * @param thread      story thread id, or null for a standalone article
 * @param duplicateOf id of the original this article is a near-copy of, or null
 */
public record Gold(List<GoldEntity> entities, List<String> tags,
                   @JsonProperty("key_figures") List<String> keyFigures, String thread,
                   @JsonProperty("duplicate_of") String duplicateOf) {

    public Gold {
        entities = entities == null ? List.of() : List.copyOf(entities);
        tags = tags == null ? List.of() : List.copyOf(tags);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
    }
}
