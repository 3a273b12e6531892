package io.newsflow.tagger.nlp.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a sentence into the classifier's features: crude word stems, stem bigrams, the tags whose cues occur, and
 * the sentence's reporting mode. Works on the raw sentence so that training sentences and articles get the same
 * treatment.
 */
final class SentenceFeatures {

    /** Repeats of a cue feature, so that a cue counts for more than any one of a long sentence's other words. */
    static final int CUE_WEIGHT = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}$€£%]+");

    private final CueLexicon cues;

    SentenceFeatures(CueLexicon cues) {
        this.cues = cues;
    }

    CueLexicon cues() {
        return cues;
    }

    String[] of(String sentence) {
        return of(sentence, cues.tagsCuedBy(sentence), ReportingMode.of(sentence));
    }

    /** As {@link #of(String)}, given the sentence's cued tags and reporting mode the caller already has. */
    String[] of(String sentence, Set<String> cued, ReportingMode mode) {
        List<String> features = new ArrayList<>();
        String previous = "^";
        for (String word : NON_WORD.split(sentence.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            String stem = stem(hasDigit(word) ? "#num" : word);
            features.add(stem);
            features.add(previous + "_" + stem);
            previous = stem;
        }
        for (String tag : cued) {
            for (int i = 0; i < CUE_WEIGHT; i++) {
                features.add("cue=" + tag);
            }
        }
        features.add("mode=" + mode);
        return features.toArray(String[]::new);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '0' && word.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
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
