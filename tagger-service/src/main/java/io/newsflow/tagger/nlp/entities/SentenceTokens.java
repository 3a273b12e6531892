package io.newsflow.tagger.nlp.entities;

import java.util.regex.Pattern;

import io.newsflow.tagger.nlp.AnalyzedSentence;

/** Token-level views of one sentence that name finding needs: possessive-free forms, shapes and surface substrings. */
final class SentenceTokens {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)?[a-zA-Z]{0,2}|\\d+x\\d+[A-Z]?|[A-Z]\\d+[a-z]?");

    final AnalyzedSentence sentence;
    final String[] core;
    /** Tokens inside a never-entity phrase ("Server Side Public License"), which no name may use. */
    final boolean[] blocked;
    private final int[] starts;

    SentenceTokens(AnalyzedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        core = new String[n];
        blocked = new boolean[n];
        starts = new int[n];
        for (int i = 0; i < n; i++) {
            core[i] = stripPossessive(sentence.tokens().get(i));
            starts[i] = sentence.tokenStarts().get(i) - sentence.start();
        }
        // the tokenizer leaves a sentence's full stop on a final acronym ("AWS.")
        if (n > 0 && core[n - 1].length() > 2 && core[n - 1].endsWith(".") && core[n - 1].indexOf('.') == core[n - 1].length() - 1) {
            core[n - 1] = core[n - 1].substring(0, core[n - 1].length() - 1);
        }
    }

    int size() {
        return core.length;
    }

    /** Surface text of tokens [first, end), as written, without a trailing possessive. */
    String surface(int first, int end) {
        return sentence.text().substring(starts[first], starts[end - 1] + core[end - 1].length());
    }

    /** Surface text of tokens [first, end) including a trailing "'s" ("McDonald's"). */
    String fullSurface(int first, int end) {
        return sentence.text().substring(starts[first], starts[end - 1] + sentence.tokens().get(end - 1).length());
    }

    /** Whether token {@code i} directly touches the next one, with no space between ("Lee", "-", "Anne"). */
    boolean touchesNext(int i) {
        return i + 1 < core.length && starts[i] + sentence.tokens().get(i).length() == starts[i + 1];
    }

    /** Whether token {@code i} opens its sentence (after any opening quote or bracket). */
    boolean sentenceInitial(int i) {
        for (int j = 0; j < i; j++) {
            if (Character.isLetterOrDigit(core[j].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    String pos(int i) {
        return sentence.pos().get(i);
    }

    String lower(int i) {
        return sentence.lemmas().get(i);
    }

    boolean possessive(int i) {
        return core[i].length() != sentence.tokens().get(i).length();
    }

    /** Capitalised ("Google"), camel-cased ("iPhone", "xAI") or an acronym ("CMA"). */
    boolean nameLike(int i) {
        String t = core[i];
        if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || t.indexOf('$') >= 0) {
            return false;
        }
        if (Character.isUpperCase(t.charAt(0))) {
            return true;
        }
        return Character.isLowerCase(t.charAt(0)) && t.length() > 1 && t.chars().skip(1).anyMatch(Character::isUpperCase)
                && t.chars().allMatch(Character::isLetterOrDigit);
    }

    /** A version or model number that can continue a product name ("2", "3.5", "8x7B", "H100"). */
    boolean versionLike(int i) {
        return VERSION.matcher(core[i]).matches() && !(core[i].length() == 4 && core[i].startsWith("19")
                || core[i].length() == 4 && core[i].startsWith("20"));
    }

    private static String stripPossessive(String token) {
        if (token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"))) {
            return token.substring(0, token.length() - 2);
        }
        if (token.length() > 2 && (token.endsWith("'") || token.endsWith("’")) && token.charAt(token.length() - 2) == 's') {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
