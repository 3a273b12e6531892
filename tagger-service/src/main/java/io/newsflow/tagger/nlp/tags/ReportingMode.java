package io.newsflow.tagger.nlp.tags;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence relates to the move it mentions: reported as happening, denied, speculated about, or recalled as
 * background. Only a reported move makes a tag; the others are down-weighted.
 */
enum ReportingMode {
    REPORTED(1.0),
    DENIED(0.15),
    QUOTED(0.5),
    SPECULATIVE(0.35),
    BACKGROUND(0.45);

    private static final Pattern DENIAL = Pattern.compile("\\b(den(y|ies|ied|ying)|rejected (reports|rumou?rs|claims)"
            + "|dismissed (reports|rumou?rs|speculation)|no plans? to|not (planning|considering|leaving|selling|exiting)"
            + "|has not (decided|cut)|would not comment|is not (leaving|selling|exiting)|declined to (say|comment))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECULATION = Pattern.compile("\\b(rumou?r\\w*|speculat\\w*|could|might|may"
            + "|reportedly|is said to|are said to|considering|weighing|exploring|people familiar|according to people"
            + "|sources said|if the|whether"
            + "|should|ought to|urg(e|es|ed|ing)|call(s|ed|ing)? (on|for)|argu\\w+ that)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECALL = Pattern.compile("\\b(last year'?s?|earlier this year|previously"
            + "|^In (January|February|March|April|May|June|July|August|September|October|November|December)\\b"
            + "|(months|weeks|days|years) (after|before)|years ago|had (already )?(been )?\\w+ed|first announced"
            + "|which (it )?(bought|acquired|sold|launched|closed)|follows? (a|an|the|similar)|following (its|a|the)|after (its|last|the) (\\w+ )?"
            + "(layoffs|cuts|acquisition|deal|fine|ruling))\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()]|\\s[-–—]\\s");

    private final double weight;

    ReportingMode(double weight) {
        this.weight = weight;
    }

    /** Factor applied to the sentence's tag probabilities. */
    double weight() {
        return weight;
    }

    /**
     * The mode of the move whose cue starts at {@code cueAt}: as {@link #of(String)}, except that a recall ("after
     * last year's layoffs") makes background only when it stands in the cue's own clause, so that "launched its
     * first ad plan on Thursday, ... after losing subscribers earlier this year" still reports the launch.
     */
    static ReportingMode of(String sentence, int cueAt) {
        return of(sentence, of(sentence), cueAt);
    }

    /** As {@link #of(String, int)}, given {@code mode}, the sentence's {@link #of(String)}. */
    static ReportingMode of(String sentence, ReportingMode mode, int cueAt) {
        if (mode != BACKGROUND) {
            return mode;
        }
        int start = 0;
        int end = sentence.length();
        Matcher boundary = CLAUSE_BOUNDARY.matcher(sentence);
        // A fronted adverbial ("In March, ...", "Last year, ...") sets the time of the whole sentence.
        if (boundary.find() && boundary.start() < cueAt
                && RECALL.matcher(sentence.substring(0, boundary.start())).find()) {
            return BACKGROUND;
        }
        boundary.reset();
        while (boundary.find()) {
            if (boundary.end() <= cueAt) {
                start = boundary.end();
            } else if (boundary.start() > cueAt) {
                end = boundary.start();
                break;
            }
        }
        return RECALL.matcher(sentence.substring(start, end)).find() ? BACKGROUND : REPORTED;
    }

    static ReportingMode of(String sentence) {
        if (DENIAL.matcher(sentence).find()) {
            return DENIED;
        }
        if (SPECULATION.matcher(sentence).find()) {
            return SPECULATIVE;
        }
        if (sentence.startsWith("\"") || sentence.startsWith("“")) {
            return QUOTED;
        }
        if (RECALL.matcher(sentence).find()) {
            return BACKGROUND;
        }
        return REPORTED;
    }
}
