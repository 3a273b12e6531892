package io.newsflow.tagger.nlp.figures;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.model.FigureKind;
import io.newsflow.model.KeyFigure;
import io.newsflow.tagger.nlp.AnalyzedSentence;
import io.newsflow.tagger.nlp.AnalyzedText;

/**
 * Finds the key figures of an article: money in any currency (ranges included), percentages, multipliers and
 * headline quantities with their noun. Each figure is an exact substring of its sentence; dates, years, durations,
 * versions and numbers inside product names are left out. Each distinct figure is reported once, at its first
 * sentence. Stateless and thread-safe.
 */
public final class KeyFigureExtractor {

    /** Smallest bare number (no noun after it) worth reporting, e.g. "a staff of roughly 300,000". */
    private static final double MIN_BARE_NUMBER = 1000;
    private static final Pattern SPELLED_ONLY = Pattern.compile("(?i:times)|thousand|million|billion|trillion");
    // compiled once: String.replaceAll and matches compile their regex on every call
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9.]");
    private static final Pattern SCALED = Pattern.compile(".*\\s(?:thousand|million|billion|trillion)$");
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s?");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d+)?(?![\\d,])");

    /** All figures of the title and body, in reading order. */
    public List<KeyFigure> extract(AnalyzedText text) {
        Map<String, KeyFigure> figures = new LinkedHashMap<>();
        for (AnalyzedSentence sentence : text.all()) {
            if (!mayHoldFigure(sentence.text())) {
                continue;
            }
            for (KeyFigure figure : extract(sentence.text())) {
                figures.putIfAbsent(figure.text(), figure);
            }
        }
        return List.copyOf(figures.values());
    }

    /**
     * Whether any figure pattern can match: every one needs a digit, except spelled multipliers ("three times") and
     * spelled scaled numbers ("two million"). Most sentences have neither, and the patterns are costly.
     */
    static boolean mayHoldFigure(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) >= '0' && sentence.charAt(i) <= '9') {
                return true;
            }
        }
        return SPELLED_ONLY.matcher(sentence).find();
    }

    /** The figures of one sentence, in order of appearance. */
    List<KeyFigure> extract(String sentence) {
        BitSet taken = new BitSet(sentence.length());
        List<Found> found = new ArrayList<>();
        collect(FigurePatterns.MONEY, FigureKind.MONEY, sentence, taken, found);
        collect(FigurePatterns.PERCENT, FigureKind.PERCENT, sentence, taken, found);
        collect(FigurePatterns.MULTIPLIER, FigureKind.MULTIPLIER, sentence, taken, found);
        Matcher number = FigurePatterns.NUMBER.matcher(sentence);
        while (number.find()) {
            if (!taken.get(number.start(), number.end()).isEmpty() || isDateOrName(sentence, number.start())) {
                continue;
            }
            int end = quantityEnd(sentence, number);
            if (end > 0) {
                taken.set(number.start(), end);
                found.add(new Found(number.start(), end, FigureKind.QUANTITY));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found.stream()
                .map(f -> new KeyFigure(sentence.substring(f.start, f.end), f.kind, sentence))
                .toList();
    }

    private static void collect(Pattern pattern, FigureKind kind, String sentence, BitSet taken, List<Found> found) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (taken.get(m.start(), m.end()).isEmpty() && !isDateOrName(sentence, m.start())) {
                taken.set(m.start(), m.end());
                found.add(new Found(m.start(), m.end(), kind));
            }
        }
    }

    /**
     * End of the quantity that starts with {@code number}: after its plural head noun ("700 million monthly active
     * users"), after the number itself when it is large and stands alone ("roughly 300,000, or 6%"), or -1 when it is
     * no headline quantity (a duration, a year, a small bare number such as a version).
     */
    private static int quantityEnd(String sentence, Matcher number) {
        Matcher word = FigurePatterns.WORD.matcher(sentence);
        int position = number.end();
        for (int i = 0; i < 3 && word.find(position); i++) {
            String w = word.group(1);
            if (FigurePatterns.TIME_UNITS.contains(w)) {
                return -1;
            }
            if (FigurePatterns.isPluralNoun(w)) {
                return word.end();
            }
            if (FigurePatterns.STOP_WORDS.contains(w)) {
                break;
            }
            position = word.end();
        }
        String digits = NOT_DIGIT.matcher(number.group()).replaceAll("");
        boolean scaled = SCALED.matcher(number.group()).matches();
        boolean yearLike = YEAR_LIKE.matcher(number.group()).matches();
        if (!digits.isEmpty() && !yearLike && (scaled || Double.parseDouble(digits) >= MIN_BARE_NUMBER)) {
            return number.end();
        }
        return -1;
    }

    /** A number right after a month ("July 12") or inside a name ("Office 365", "Series 9") is no figure. */
    private static boolean isDateOrName(String sentence, int start) {
        String before = sentence.substring(0, start).stripTrailing();
        String previous = TRAILING_STOP.matcher(before.substring(before.lastIndexOf(' ') + 1)).replaceAll("");
        if (FigurePatterns.MONTHS.contains(previous)) {
            return true;
        }
        String after = FIRST_WORD.matcher(sentence.substring(start)).replaceFirst("");
        if (FigurePatterns.MONTHS.stream().anyMatch(m -> after.startsWith(m + " ") || after.startsWith(m + ","))) {
            return true;
        }
        boolean capitalised = previous.chars().anyMatch(Character::isUpperCase) && !previous.endsWith("'s") && previous.chars().allMatch(Character::isLetterOrDigit);
        boolean sentenceStart = before.length() == previous.length();
        return capitalised && !sentenceStart && SMALL_NUMBER.matcher(sentence)
                .region(start, sentence.length()).lookingAt();
    }

    private record Found(int start, int end, FigureKind kind) {
    }
}
