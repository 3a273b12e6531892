package io.newsflow.tagger.nlp.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into the classifier's features: crude word stems, stem bigrams, the tags whose cues occur, and
 * the sentence's reporting mode. Works on the raw sentence so that training sentences and articles get the same
 * treatment.
 */
final class SentenceFeatures {

    /** Repeats of a cue feature, so that a cue counts for more than any one of a long sentence's other words. */
    static final int CUE_WEIGHT = 3;

    private final CueLexicon cues;

    SentenceFeatures(CueLexicon cues) {
        this.cues = cues;
    }

    CueLexicon cues() {
        return cues;
    }

    String[] of(String sentence) {
        List<String> features = new ArrayList<>();
        String previous = "^";
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$€£%]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String stem = stem(word.matches(".*\\d.*") ? "#num" : word);
            features.add(stem);
            features.add(previous + "_" + stem);
            previous = stem;
        }
        for (String tag : cues.tagsCuedBy(sentence)) {
            for (int i = 0; i < CUE_WEIGHT; i++) {
                features.add("cue=" + tag);
            }
        }
        features.add("mode=" + ReportingMode.of(sentence));
        return features.toArray(String[]::new);
    }

    /** Strips common inflections so "acquires", "acquired" and "acquiring" share a feature. */
    static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        for (String suffix : new String[] {"ing", "ied", "ies", "ed", "es", "s"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
