package io.newsflow.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.newsflow.model.Article;
import io.newsflow.model.ArticleValidator;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTags;
import io.newsflow.model.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample articles under {@code samples/} follow the gold-corpus format (see the corpus README) and their
 * annotations are consistent with their text, so they can be imported by the demo and used as a small test set.
 */
class SampleArticlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> english;
    private static List<JsonNode> nonEnglish;

    @BeforeAll
    static void readSamples() throws IOException {
        Path samples = RepositoryRoot.find().resolve("samples");
        english = read(samples.resolve("articles.jsonl"));
        nonEnglish = read(samples.resolve("non-english.jsonl"));
    }

    static Stream<JsonNode> allSamples() throws IOException {
        readSamples();
        return Stream.concat(english.stream(), nonEnglish.stream());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("allSamples")
    void isAValidArticleInTheCorpusFormat(JsonNode sample) {
        assertThat(sample.propertyNames()).contains("id", "source", "url", "published", "language", "title", "body", "gold");
        assertThat(URI.create(text(sample, "url")).getHost()).endsWith(".example");
        assertThat(text(sample, "published")).endsWith("Z");
        String body = text(sample, "body");
        assertThat(body.split("\\s+")).hasSizeBetween(150, 400);
        assertThat(body).contains("\n\n").doesNotContain("\n\n\n").isEqualTo(body.strip());
        Article article = new Article(Topics.SCHEMA_VERSION, text(sample, "id"), text(sample, "url"), text(sample, "source"),
                text(sample, "title"), body, Instant.parse(text(sample, "published")), text(sample, "language"),
                null, 1);
        assertThat(ArticleValidator.problems(article)).isEmpty();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("allSamples")
    void goldEntitiesAreListedOnceByTheirFirstSurfaceForm(JsonNode sample) {
        String text = text(sample, "title") + "\n\n" + text(sample, "body");
        Set<String> seen = new HashSet<>();
        for (JsonNode entity : sample.path("gold").path("entities")) {
            String name = text(entity, "text");
            assertThat(EntityType.valueOf(text(entity, "type"))).isNotNull();
            assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as("listed once: %s", name).isTrue();
            assertThat(text).as("entity text").contains(name);
            for (JsonNode alias : entity.path("aliases")) {
                assertThat(text).as("alias of %s", name).contains(alias.asString());
                assertThat(text.indexOf(name)).as("%s appears no later than its alias %s", name, alias.asString())
                        .isLessThanOrEqualTo(text.indexOf(alias.asString()));
            }
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("allSamples")
    void goldFiguresAreExactSubstringsAndTagsComeFromTheTaxonomy(JsonNode sample) {
        String text = text(sample, "title") + "\n\n" + text(sample, "body");
        for (JsonNode figure : sample.path("gold").path("key_figures")) {
            assertThat(text).as("key figure").contains(figure.asString());
        }
        List<String> tags = strings(sample.path("gold").path("tags"));
        assertThat(tags).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates().allMatch(StrategyTags::isKnown);
    }

    @Test
    void idsAndUrlsAreUniqueAcrossBothFiles() {
        List<JsonNode> all = Stream.concat(english.stream(), nonEnglish.stream()).toList();
        assertThat(all.stream().map(sample -> text(sample, "id"))).doesNotHaveDuplicates();
        assertThat(all.stream().map(sample -> text(sample, "url"))).doesNotHaveDuplicates();
    }

    @Test
    void duplicatesCopyAnOriginalOfTheSameThreadWithItsTagsAndEntities() {
        Map<String, JsonNode> byId = english.stream().collect(Collectors.toMap(s -> text(s, "id"), Function.identity()));
        List<JsonNode> duplicates = english.stream().filter(s -> !s.path("gold").path("duplicate_of").isNull()).toList();

        assertThat(duplicates).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode duplicate : duplicates) {
            JsonNode original = byId.get(text(duplicate.path("gold"), "duplicate_of"));
            assertThat(original).as("original of %s", text(duplicate, "id")).isNotNull();
            assertThat(original.path("gold").path("duplicate_of").isNull()).isTrue();
            assertThat(duplicate.path("gold").path("thread")).isEqualTo(original.path("gold").path("thread"));
            assertThat(strings(duplicate.path("gold").path("tags"))).isEqualTo(strings(original.path("gold").path("tags")));
            assertThat(entityNames(original)).containsAll(entityNames(duplicate));
            assertThat(text(duplicate, "source")).isNotEqualTo(text(original, "source"));
        }
    }

    @Test
    void coversThreadsDistractorsTagsAndFigureShapesTheDemoShows() {
        Map<String, Long> threadSizes = english.stream()
                .filter(s -> s.path("gold").path("duplicate_of").isNull() && !s.path("gold").path("thread").isNull())
                .collect(Collectors.groupingBy(s -> text(s.path("gold"), "thread"), Collectors.counting()));
        assertThat(threadSizes.values().stream().filter(size -> size >= 3)).hasSizeGreaterThanOrEqualTo(2);

        assertThat(english).anySatisfy(sample -> assertThat(strings(sample.path("gold").path("tags")))
                .contains(StrategyTags.OPEN_TO_PROPRIETARY, StrategyTags.PRODUCT_SUNSET));
        assertThat(english.stream().flatMap(s -> strings(s.path("gold").path("tags")).stream()).distinct())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(english).anySatisfy(sample -> assertThat(strings(sample.path("gold").path("tags"))).isEmpty());

        List<String> figures = english.stream().flatMap(s -> strings(s.path("gold").path("key_figures")).stream()).toList();
        assertThat(figures).anyMatch(f -> f.startsWith("$")).anyMatch(f -> f.startsWith("€"))
                .anyMatch(f -> f.startsWith("£")).anyMatch(f -> f.startsWith("¥"))
                .anyMatch(f -> f.endsWith("%"))
                .anyMatch(f -> f.matches("\\$\\d+–\\d+ (million|billion)"))
                .anyMatch(f -> f.matches("[\\d.,]+ (million|billion)? ?\\p{L}+( \\p{L}+)*") && !f.contains("$"));
    }

    @Test
    void distractorsMentionThreadCompaniesInStandaloneStories() {
        Map<String, Set<String>> organisationsByThread = new HashMap<>();
        for (JsonNode sample : english) {
            if (!sample.path("gold").path("thread").isNull()) {
                organisationsByThread.computeIfAbsent(text(sample.path("gold"), "thread"), t -> new HashSet<>())
                        .addAll(entityNames(sample, EntityType.ORGANIZATION));
            }
        }
        long distractors = english.stream().filter(sample -> sample.path("gold").path("thread").isNull())
                .filter(sample -> organisationsByThread.values().stream()
                        .anyMatch(orgs -> orgs.stream().anyMatch(entityNames(sample, EntityType.ORGANIZATION)::contains)))
                .count();
        assertThat(distractors).isGreaterThanOrEqualTo(3);
    }

    @Test
    void nonEnglishSamplesDeclareTwoOtherLanguages() {
        assertThat(english).allSatisfy(sample -> assertThat(text(sample, "language")).isEqualTo("en"));
        assertThat(nonEnglish.stream().map(sample -> text(sample, "language")))
                .hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().doesNotContain("en");
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> samples = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                JsonNode sample = JSON.readTree(lines.get(i));
                assertThat(sample.isObject()).as("%s line %d is a JSON object", file, i + 1).isTrue();
                samples.add(sample);
            }
        }
        return samples;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        assertThat(value.isString()).as("%s is a string in %s", field, node.path("id")).isTrue();
        return value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Set<String> entityNames(JsonNode sample) {
        Set<String> names = new HashSet<>();
        sample.path("gold").path("entities").forEach(entity -> names.add(entity.path("text").asString()));
        return names;
    }

    private static Set<String> entityNames(JsonNode sample, EntityType type) {
        Set<String> names = new HashSet<>();
        for (JsonNode entity : sample.path("gold").path("entities")) {
            if (entity.path("type").asString().equals(type.name())) {
                names.add(entity.path("text").asString());
                entity.path("aliases").forEach(alias -> names.add(alias.asString()));
            }
        }
        return names;
    }
}
