package io.newsflow.tagger.nlp.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.model.EventJson;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.tagger.nlp.AnalyzedText;
import io.newsflow.tagger.nlp.figures.KeyFigureExtractor;
import tools.jackson.databind.JsonNode;

/**
 * Quality floors on the gold dev corpus ({@code shared/corpus/dev-*.jsonl}, found through the system property
 * {@code newsflow.corpus.dir} or as {@code ../shared/corpus} next to the repository): strategy tags micro F1 ≥ 0.85
 * and macro F1 ≥ 0.80, key figures F1 ≥ 0.92, scored as the corpus README defines. Skipped where the corpus is absent.
 */
class DevCorpusQualityTest {

    private static List<JsonNode> gold;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path dir = corpusDir();
        assumeTrue(dir != null, "gold corpus not found; set -Dnewsflow.corpus.dir");
        try (Stream<Path> files = Files.list(dir)) {
            gold = files.filter(f -> f.getFileName().toString().matches("dev-.*\\.jsonl")).sorted()
                    .flatMap(DevCorpusQualityTest::lines)
                    .map(line -> EventJson.mapper().readTree(line))
                    .toList();
        }
        assumeTrue(!gold.isEmpty(), "no dev-*.jsonl in " + dir);
    }

    @Test
    void strategyTagsStayAboveTheirFloors() {
        StrategyTagger tagger = StrategyTagger.loadDefault();
        Map<String, int[]> perTag = new HashMap<>();
        int[] micro = new int[3];
        for (JsonNode article : gold) {
            Set<String> expected = strings(article.get("gold").get("tags"));
            Set<String> found = new HashSet<>();
            tagger.tag(analyze(article)).stream().map(StrategyTag::tag).forEach(found::add);
            count(expected, found, micro);
            for (String tag : expected) {
                count(expected.contains(tag) ? Set.of(tag) : Set.of(), found.contains(tag) ? Set.of(tag) : Set.of(),
                        perTag.computeIfAbsent(tag, t -> new int[3]));
            }
            found.stream().filter(t -> !expected.contains(t))
                    .forEach(t -> perTag.computeIfAbsent(t, x -> new int[3])[1]++);
        }
        double macro = perTag.values().stream().filter(c -> c[0] + c[2] > 0).mapToDouble(DevCorpusQualityTest::f1)
                .average().orElse(0);

        assertThat(f1(micro)).as("tags micro F1").isGreaterThanOrEqualTo(0.85);
        assertThat(macro).as("tags macro F1").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void keyFiguresStayAboveTheirFloor() {
        KeyFigureExtractor extractor = new KeyFigureExtractor();
        int[] counts = new int[3];
        for (JsonNode article : gold) {
            Set<String> expected = new HashSet<>();
            strings(article.get("gold").get("key_figures")).forEach(f -> expected.add(normalize(f)));
            Set<String> found = new HashSet<>();
            extractor.extract(analyze(article)).stream().map(KeyFigure::text).forEach(f -> found.add(normalize(f)));
            count(expected, found, counts);
        }

        assertThat(f1(counts)).as("key figures F1").isGreaterThanOrEqualTo(0.92);
    }

    private static AnalyzedText analyze(JsonNode article) {
        return AnalyzedTexts.of(article.get("title").asString(), article.get("body").asString());
    }

    private static void count(Set<String> expected, Set<String> found, int[] counts) {
        int tp = (int) found.stream().filter(expected::contains).count();
        counts[0] += tp;
        counts[1] += found.size() - tp;
        counts[2] += expected.size() - tp;
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /** The README's normalisation: quotes and dashes unified, whitespace collapsed, case folded, leading "the " off. */
    private static String normalize(String text) {
        String s = text.replaceAll("[‘’`´]", "'").replaceAll("[“”]", "\"").replaceAll("[‐‑‒–—―−]", "-")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path corpusDir() {
        String configured = System.getProperty("newsflow.corpus.dir");
        if (configured != null) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("tagger-service"))) {
                Path corpus = dir.resolve("../shared/corpus").normalize();
                return Files.isDirectory(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
