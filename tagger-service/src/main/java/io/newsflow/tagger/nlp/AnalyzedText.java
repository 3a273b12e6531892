package io.newsflow.tagger.nlp;

import java.util.List;

/**
 * An article's title and body after the NLP base pass; what every finder (entities, tags, figures, details) reads.
 *
 * @param title    the title as one or more sentences
 * @param body     the body's sentences, in order
 * @param language detected or given ISO 639-1 language code
 */
public record AnalyzedText(List<AnalyzedSentence> title, List<AnalyzedSentence> body, String language) {

    /** Title sentences followed by body sentences. */
    public List<AnalyzedSentence> all() {
        return java.util.stream.Stream.concat(title.stream(), body.stream()).toList();
    }
}
