package io.newsflow.model;

import java.util.Objects;

/**
 * A monetary amount, percentage, multiplier or headline quantity reported by the article.
 *
 * @param text     the figure exactly as written in the article, e.g. "$115–135 billion"
 * @param kind     what it measures
 * @param sentence the sentence it appears in, verbatim
 */
public record KeyFigure(String text, FigureKind kind, String sentence) {

    public KeyFigure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
