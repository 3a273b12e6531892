package io.newsflow.tagger.nlp.details;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.newsflow.model.Entity;
import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.AnalyzedText;

/**
 * Picks the 3–5 most informative body sentences for a signal card (extractive, verbatim, in article order). A
 * sentence scores for standing early (news writing puts the facts first), for naming the article's entities, for
 * carrying figures, and for sharing words with the headline; quotes, very short and very long sentences score less.
 * Stateless and thread-safe.
 */
public final class KeyDetailSelector {

    static final int MIN_DETAILS = 3;
    static final int MAX_DETAILS = 5;
    private static final Pattern FIGURE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?%|\\d[\\d,.]*\\s(?:million|billion|"
            + "percent|[a-z]+s\\b)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and",
            "as", "at", "by", "with", "its", "it", "is", "from", "that", "this", "be", "will", "has", "was", "after");

    /** The key sentences of {@code text}; {@code entities} are the article's named entities (may be empty). */
    public List<String> select(AnalyzedText text, List<Entity> entities) {
        List<AnalyzedSentence> body = text.body();
        if (body.isEmpty()) {
            return List.of();
        }
        Set<String> headline = words(text.title().stream().map(AnalyzedSentence::text).reduce("", String::concat));
        List<String> names = entities == null ? List.of() : entities.stream()
                .flatMap(e -> Stream.concat(Stream.of(e.text()), e.aliases().stream()))
                .toList();
        double[] scores = new double[body.size()];
        for (int i = 0; i < body.size(); i++) {
            scores[i] = score(body.get(i).text(), i, headline, names);
        }
        int wanted = Math.max(MIN_DETAILS, Math.min(MAX_DETAILS, (body.size() + 2) / 3));
        return IntStream.range(0, body.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .limit(wanted)
                .sorted()
                .map(i -> body.get(i).text())
                .toList();
    }

    static double score(String sentence, int index, Set<String> headline, List<String> names) {
        double score = 1.0 / (1 + 0.35 * index);
        long namesMentioned = names.stream().filter(sentence::contains).distinct().count();
        score += 0.25 * Math.min(3, namesMentioned);
        if (FIGURE.matcher(sentence).find()) {
            score += 0.35;
        }
        Set<String> words = words(sentence);
        long shared = words.stream().filter(headline::contains).count();
        score += 0.4 * Math.min(1.0, shared / Math.max(3.0, headline.size() * 0.6));
        int length = WHITESPACE.split(sentence).length;
        if (length < 8 || length > 55) {
            score -= 0.4;
        }
        if (sentence.startsWith("\"") || sentence.startsWith("“") || sentence.endsWith("?")) {
            score -= 0.3;
        }
        return score;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() > 2 && !FUNCTION_WORDS.contains(w)) {
                words.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return words;
    }
}
