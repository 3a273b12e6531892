package io.newsflow.cli.related;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.StrategyTags;
import io.newsflow.model.TaggedArticle;

/**
 * Deterministic synthetic tagged articles for benchmarks: stories of 2-8 articles that share topic words, entities and
 * a tag, spread over five years, with a few near-duplicates. Words are generated, not real text.
 */
final class SyntheticArticles {

    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    private static final String[] SOURCES = {"Harbor Street Journal", "Lakeside Wire", "The Byteline",
        "Northgate Business Review", "Quay Daily", "Metro Ledger", "Summit Tech Report", "Riverbend Times"};

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 8_000; i++) {
            vocabulary.add(word());
        }
    }

    /** {@code count} articles, in story order. */
    List<TaggedArticle> generate(int count) {
        List<TaggedArticle> articles = new ArrayList<>(count);
        int story = 0;
        while (articles.size() < count) {
            List<String> topic = pick(12);
            List<Entity> entities = List.of(
                    Entity.of("Org" + random.nextInt(2_000), EntityType.ORGANIZATION),
                    Entity.of("Org" + random.nextInt(2_000), EntityType.ORGANIZATION),
                    Entity.of("Person" + random.nextInt(5_000), EntityType.PERSON),
                    Entity.of("Product" + random.nextInt(3_000), EntityType.PRODUCT),
                    Entity.of("Place" + random.nextInt(200), EntityType.LOCATION));
            String tag = StrategyTags.ALL.get(random.nextInt(StrategyTags.ALL.size()));
            Instant storyStart = START.plus(Duration.ofHours(random.nextInt(5 * 365 * 24)));
            int size = 2 + random.nextInt(7);
            for (int i = 0; i < size && articles.size() < count; i++) {
                String id = "s" + story + "-" + i;
                String body = text(topic, 150);
                String duplicateOf = i > 0 && random.nextInt(20) == 0 ? "s" + story + "-0" : null;
                articles.add(new TaggedArticle(1, id, "https://bench.example/" + id,
                        SOURCES[random.nextInt(SOURCES.length)], text(topic, 9), body,
                        storyStart.plus(Duration.ofHours(random.nextInt(24 * 90))), "en", entities,
                        List.of(new StrategyTag(tag, 0.8, List.of())), List.of(), List.of(), duplicateOf, 1L,
                        Instant.now()));
            }
            story++;
        }
        return articles;
    }

    private String text(List<String> topic, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(10) < 4 ? topic.get(random.nextInt(topic.size()))
                    : vocabulary.get(random.nextInt(vocabulary.size()))).append(i % 15 == 14 ? ". " : " ");
        }
        return text.toString().trim();
    }

    private List<String> pick(int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return words;
    }

    private String word() {
        String letters = "abcdefghijklmnoprstuvw";
        StringBuilder w = new StringBuilder();
        int length = 3 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.toString();
    }
}
