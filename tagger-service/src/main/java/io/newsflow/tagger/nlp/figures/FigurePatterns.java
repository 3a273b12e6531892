package io.newsflow.tagger.nlp.figures;

import java.util.Set;
import java.util.regex.Pattern;

/** The regular expressions and word lists behind {@link KeyFigureExtractor}. */
final class FigurePatterns {

    /** "18,000", "3.3", "7". A leading letter, digit, dot or hyphen means a version or product name ("GPT-4"). */
    private static final String NUM_CORE = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String NUM = "(?<![\\w.\\-/])" + NUM_CORE;
    private static final String SPELLED = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|hundred|a hundred|several)";
    private static final String DASH = "\\s?[-–—]\\s?";
    private static final String SCALE_WORD = "(?:\\s(?:thousand|million|billion|trillion))";
    private static final String SCALE_ABBR = "(?:bn|mn|m|k|tn|b)(?![\\w])";
    private static final String AMOUNT_CORE = NUM_CORE + "(?:" + DASH + "\\d+(?:[,.]\\d+)*)?(?:" + SCALE_WORD + "|" + SCALE_ABBR + ")?";
    private static final String AMOUNT = "(?<![\\w.\\-/])" + AMOUNT_CORE;
    private static final String CURRENCY_SYMBOL = "(?<![\\w$])(?:[A-Z]{1,3})?[$€£¥₹₩]";
    private static final String CURRENCY_CODE = "(?<![\\w])(?:USD|EUR|GBP|JPY|CNY|CHF|INR|CAD|AUD)\\s";
    private static final String CURRENCY_WORD = "\\s(?:dollars|euros|pounds|yen|yuan|renminbi|rupees|roubles|rubles"
            + "|francs|kronor|krona|pesos|reais|lira|rand|won)\\b";

    static final Pattern MONEY = Pattern.compile(
            "(?:" + CURRENCY_SYMBOL + "\\s?|" + CURRENCY_CODE + ")" + AMOUNT_CORE
                    + "|" + AMOUNT + CURRENCY_WORD);
    static final Pattern PERCENT = Pattern.compile(
            NUM + "(?:" + DASH + "\\d+(?:\\.\\d+)?)?(?:\\s?%|\\s(?:percent|per cent|percentage points?)\\b)");
    static final Pattern MULTIPLIER = Pattern.compile(
            "(?i:(?<![\\w.])(?:" + NUM_CORE + "|" + SPELLED + ")(?:" + DASH + "(?:\\d+|"
                    + SPELLED + "))?\\stimes)(?=\\s(?:the|as|what|over|more|[a-z]+er)\\b)"
                    + "|" + NUM + "x(?![\\w])");
    /** A number, optionally scaled; the noun phrase after it is read word by word. */
    static final Pattern NUMBER = Pattern.compile(
            "(?:" + NUM + "|(?i:\\b" + SPELLED + ")(?=" + SCALE_WORD + "))" + SCALE_WORD + "?(?![\\w%])");
    static final Pattern WORD = Pattern.compile("\\G\\s([a-z][a-z'\\-]*)");

    static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "decade", "decades",
            "quarter", "quarters", "century", "centuries", "am", "pm", "times", "percent");
    static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    /** Function words that end a noun phrase (and words ending in "s" that are not plural nouns). */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
            "from", "by", "with", "that", "which", "who", "than", "as", "is", "was", "has", "this", "its", "his",
            "plus", "less", "across", "us", "thus", "perhaps", "always", "whereas", "does", "it", "were", "are", "be",
            "will", "would", "had", "have", "more", "per", "each", "over", "under", "into", "between", "while", "but",
            "yes", "news", "afterwards", "sometimes", "besides", "towards", "hers", "ours", "theirs", "alias");
    static final Set<String> IRREGULAR_PLURALS = Set.of("people", "staff", "personnel", "children", "men", "women",
            "workforce", "headcount", "cattle", "police");

    private FigurePatterns() {
    }

    /** Whether {@code word} reads as the plural head noun of a counted quantity ("users", "roles", "people"). */
    static boolean isPluralNoun(String word) {
        if (IRREGULAR_PLURALS.contains(word)) {
            return true;
        }
        return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("'s") && !STOP_WORDS.contains(word);
    }
}
