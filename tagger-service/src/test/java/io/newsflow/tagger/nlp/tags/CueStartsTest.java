package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CueStartsTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void everyPositionWhereACuePatternMatchesIsACandidate() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : lines(CueLexicon.RESOURCE)) {
            patterns.add(Pattern.compile(line.split("\t", 2)[1], FLAGS));
        }
        CueStarts starts = new CueStarts(patterns);
        List<String> sentences = new ArrayList<>(List.of(
                "Acme raised US$5 billion, or €4.6bn, for its data centres; fees",
                "Ünïcode Café staff — “relicensed” the code — and will shut down «the service» next year.",
                "Kelvin \u212Aills the deal, the ſale of its unit; co-founder Ann Lee is leaving.",
                "who bought it, who had bought it, he was -fired",
                "Fees",
                ""));
        for (String line : lines(StrategyModelTrainer.TRAINING_RESOURCE)) {
            sentences.add(line.split("\t", 2)[1]);
        }
        int matches = 0;
        for (String sentence : sentences) {
            long[] candidates = starts.scan(sentence);
            for (int p = 0; p < patterns.size(); p++) {
                Matcher m = patterns.get(p).matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
                for (int i = 0; i < sentence.length(); i++) {
                    if (m.region(i, sentence.length()).lookingAt()) {
                        matches++;
                        assertThat(candidates[i] & 1L << p)
                                .as("pattern %d at %d of \"%s\"", p, i, sentence).isNotZero();
                    }
                }
            }
        }
        assertThat(matches).as("cue matches checked").isGreaterThan(400);
    }

    @Test
    void onlyPositionsWhereAMatchCanStartAreCandidates() {
        CueStarts starts = new CueStarts(List.of(Pattern.compile("\\b(lay\\w* off|layoffs?)", FLAGS),
                Pattern.compile("(?<!who )\\bbought\\b", FLAGS)));
        String sentence = "Players who bought the game; the maker announced layoffs.";

        long[] candidates = starts.scan(sentence);

        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != 0) {
                positions.add(i);
            }
        }
        assertThat(positions).containsExactly(sentence.indexOf("bought"), sentence.indexOf("layoffs"));
        assertThat(candidates[sentence.indexOf("layoffs")]).isEqualTo(1L);
        assertThat(candidates[sentence.indexOf("bought")]).isEqualTo(2L);
    }

    @Test
    void lookbehindsAreDroppedWithTheirGroups() {
        assertThat(CueStarts.withoutLookbehinds("(?<!who )(?<!who had )(buy|bought)\\b|(?<![\\w(])x(?<=\\)y)"))
                .isEqualTo("(buy|bought)\\b|x");
        assertThat(CueStarts.withoutLookbehinds("\\(?<!a\\)b(?<name>c)")).isEqualTo("\\(?<!a\\)b(?<name>c)");
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = CueStartsTest.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
