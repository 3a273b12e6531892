package io.newsflow.tagger.nlp;

import java.time.Clock;
import java.util.Objects;

/**
 * How {@link ArticleTagger} tags.
 *
 * @param clock            stamps {@code taggedAt}
 * @param redetectLanguage detect the language even when the article states one (feeds often mislabel it)
 */
public record TaggerOptions(Clock clock, boolean redetectLanguage) {

    public TaggerOptions {
        Objects.requireNonNull(clock, "clock");
    }

    /** System UTC clock; the article's stated language is trusted. */
    public static TaggerOptions defaults() {
        return new TaggerOptions(Clock.systemUTC(), false);
    }
}
