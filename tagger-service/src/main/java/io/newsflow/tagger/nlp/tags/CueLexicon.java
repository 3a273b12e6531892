package io.newsflow.tagger.nlp.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.model.StrategyTags;

/**
 * Lexical cues per strategy-shift tag, read from {@code cues.txt}: the words a sentence reporting that shift uses,
 * and per tag an optional exclusion (a line {@code !TAG}) for phrasings that use those words without the shift
 * ("will no longer count as open source" is no move to open source).
 */
final class CueLexicon {

    static final String RESOURCE = "/io/newsflow/tagger/nlp/tags/cues.txt";

    /** A negator up to two words before a cue ("would not immediately resign"); "no longer" is a change, not one. */
    private static final Pattern NEGATED = Pattern.compile(
            "(n[’']t|\\bnot|\\bnever|\\bno (plans?|intention) (to|of)|\\brul\\w+ out)\\s+(\\S+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final int NEGATION_REACH = 60;

    private final Map<String, Pattern> cues;
    private final Map<String, Pattern> exclusions;
    /** The tags with cues, in taxonomy order; bit {@code i} of {@link #starts}' masks stands for tag {@code i}. */
    private final List<String> tags;
    private final CueStarts starts;

    private CueLexicon(Map<String, Pattern> cues, Map<String, Pattern> exclusions) {
        this.cues = cues;
        this.exclusions = exclusions;
        this.tags = StrategyTags.ALL.stream().filter(cues::containsKey).toList();
        this.starts = new CueStarts(tags.stream().map(cues::get).toList());
    }

    static CueLexicon loadDefault() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("strategy cue lexicon not found on the classpath: " + RESOURCE);
            }
            Map<String, String> cues = new LinkedHashMap<>();
            Map<String, String> exclusions = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                boolean exclusion = parts[0].startsWith("!");
                String tag = exclusion ? parts[0].substring(1) : parts[0];
                if (parts.length != 2 || !StrategyTags.isKnown(tag)) {
                    throw new IllegalStateException(RESOURCE + ": bad line (want [!]TAG<TAB>regex): " + line);
                }
                Pattern.compile(parts[1]); // fails here, naming the bad regex, rather than in the merged one
                (exclusion ? exclusions : cues).merge(tag, parts[1], (a, b) -> a + "|" + b);
            }
            return new CueLexicon(compile(cues), compile(exclusions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The tags whose cues occur in {@code sentence}, less those whose exclusion pattern also occurs. */
    Set<String> tagsCuedBy(String sentence) {
        return cuePositions(sentence).keySet();
    }

    /** Like {@link #tagsCuedBy}, with where each tag's first un-negated cue starts in {@code sentence}. */
    Map<String, Integer> cuePositions(String sentence) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        long[] candidates = starts.scan(sentence);
        long any = 0;
        for (long c : candidates) {
            any |= c;
        }
        for (int i = 0; i < tags.size(); i++) {
            if ((any & 1L << i) == 0) {
                continue;
            }
            String tag = tags.get(i);
            int at = firstUnnegatedMatch(cues.get(tag), sentence, candidates, 1L << i);
            Pattern exclusion = exclusions.get(tag);
            if (at >= 0 && (exclusion == null || !exclusion.matcher(sentence).find())) {
                positions.put(tag, at);
            }
        }
        return positions;
    }

    /** Several lines for one tag are alternatives of one pattern. */
    private static Map<String, Pattern> compile(Map<String, String> regexes) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        regexes.forEach((tag, regex) -> patterns.put(tag,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return Map.copyOf(patterns);
    }

    /**
     * Where {@code cue} first occurs outside the scope of a negation (-1: nowhere): "will not step down" and "has no
     * plans to sell" use the words of a move while saying it does not happen.
     */
    private static int firstUnnegatedMatch(Pattern cue, String sentence, long[] candidates, long bit) {
        // as find() would, but tried only where CueStarts says a match can start
        Matcher m = cue.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (i < from || (candidates[i] & bit) == 0 || !m.region(i, sentence.length()).lookingAt()) {
                continue;
            }
            String before = sentence.substring(Math.max(0, i - NEGATION_REACH), i);
            if (!NEGATED.matcher(before).find()) {
                return i;
            }
            from = Math.max(m.end(), i + 1);
        }
        return -1;
    }
}
