package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsflow.model.EventJson;
import io.newsflow.model.StrategyTag;
import tools.jackson.databind.JsonNode;

/**
 * Strategy tags on {@code heldout.jsonl}: 30 short articles written for this test about companies and situations
 * that appear neither in the dev corpus nor in {@code samples/} (retail, autos, pharma, telecom, banking, games, chips,
 * energy, media), a quarter of them tricky negatives (denials, background, speculation, analysts' opinions). Floors:
 * micro F1 ≥ 0.85, macro F1 ≥ 0.85, scored as the corpus README defines. B3 measured 0.952 / 0.964; the set guided
 * that tuning, so it is a regression guard for general behaviour, not a blind test.
 */
class HeldOutStoriesQualityTest {

    private static final String RESOURCE = "/io/newsflow/tagger/nlp/tags/heldout.jsonl";

    @Test
    void strategyTagsGeneraliseToStoriesTheTaggerWasNotWrittenFor() throws IOException {
        List<JsonNode> gold = readGold();
        StrategyTagger tagger = StrategyTagger.loadDefault();
        Map<String, int[]> perTag = new HashMap<>();
        int[] micro = new int[3];
        for (JsonNode article : gold) {
            Set<String> expected = new HashSet<>();
            article.get("gold").get("tags").forEach(t -> expected.add(t.asString()));
            Set<String> found = new HashSet<>();
            tagger.tag(AnalyzedTexts.of(article.get("title").asString(), article.get("body").asString())).stream()
                    .map(StrategyTag::tag).forEach(found::add);
            for (String tag : union(expected, found)) {
                int[] c = perTag.computeIfAbsent(tag, t -> new int[3]);
                // counts: [0] true positives, [1] spurious, [2] missed
                int which = expected.contains(tag) && found.contains(tag) ? 0 : found.contains(tag) ? 1 : 2;
                c[which]++;
                micro[which]++;
            }
        }
        double macro = perTag.values().stream().filter(c -> c[0] + c[2] > 0)
                .mapToDouble(HeldOutStoriesQualityTest::f1).average().orElse(0);

        assertThat(gold).hasSizeGreaterThanOrEqualTo(25);
        assertThat(f1(micro)).as("tags micro F1 on held-out stories").isGreaterThanOrEqualTo(0.85);
        assertThat(macro).as("tags macro F1 on held-out stories").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void articlesThatReportNoShiftGetNoTags() throws IOException {
        StrategyTagger tagger = StrategyTagger.loadDefault();
        List<String> tagged = readGold().stream()
                .filter(a -> a.get("gold").get("tags").isEmpty())
                .filter(a -> !tagger.tag(AnalyzedTexts.of(a.get("title").asString(), a.get("body").asString()))
                        .isEmpty())
                .map(a -> a.get("id").asString())
                .toList();

        assertThat(tagged).as("denials, background, speculation and opinion pieces tagged anyway").isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static List<JsonNode> readGold() throws IOException {
        try (InputStream in = HeldOutStoriesQualityTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> EventJson.mapper().readTree(line))
                    .toList();
        }
    }
}
