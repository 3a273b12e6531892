package io.newsflow.tagger.nlp.entities;

import io.newsflow.model.EntityType;

/**
 * One occurrence of a name in a sentence.
 *
 * @param sentence  index of the sentence in title + body order
 * @param first     first token
 * @param end       token after the last
 * @param text      surface form, possessive "'s" removed
 * @param type      entity type
 * @param canonical the known name this form stands for (from the gazetteer), or null when unknown
 * @param known     found in the gazetteer
 * @param weak      a gazetteer alias that only counts when its canonical name is in the article too
 */
record Mention(int sentence, int first, int end, String text, EntityType type, String canonical, boolean known,
               boolean weak) {

    int length() {
        return end - first;
    }

    boolean overlaps(Mention other) {
        return sentence == other.sentence && first < other.end && other.first < end;
    }

    Mention withType(EntityType newType) {
        return new Mention(sentence, first, end, text, newType, canonical, known, weak);
    }
}
