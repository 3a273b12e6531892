package io.newsflow.model;

import java.util.List;
import java.util.Objects;

/**
 * A strategy shift that the article reports as happening, decided or announced.
 *
 * @param tag        one of {@link StrategyTags#ALL}, e.g. {@code open-to-proprietary}
 * @param confidence the tagger's confidence, 0..1
 * @param evidence   the sentence(s) of the article that report the shift, verbatim
 */
public record StrategyTag(String tag, double confidence, List<String> evidence) {

    public StrategyTag {
        Objects.requireNonNull(tag, "tag");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
