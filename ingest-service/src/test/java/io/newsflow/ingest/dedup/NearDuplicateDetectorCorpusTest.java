package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.newsflow.ingest.normalize.ArticleNormalizer;
import io.newsflow.model.Article;
import io.newsflow.model.EventJson;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/** Near-duplicate quality on the gold dev corpus ({@code /work/shared/corpus}, or {@code NEWSFLOW_CORPUS_DIR}). */
class NearDuplicateDetectorCorpusTest {

    private static final List<Article> articles = new ArrayList<>();
    private static final Map<String, String> goldDuplicateOf = new HashMap<>();
    private static final Map<String, String> thread = new HashMap<>();

    @BeforeAll
    static void loadCorpus() throws IOException {
        Path dir = Path.of(System.getenv().getOrDefault("NEWSFLOW_CORPUS_DIR", "/work/shared/corpus"));
        assumeTrue(Files.isDirectory(dir), "gold corpus not present at " + dir);
        ArticleNormalizer normalizer = ArticleNormalizer.standalone();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("dev-.*\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = EventJson.mapper().readTree(line);
                    articles.add(normalizer.normalize(new RawFeedItem(Topics.SCHEMA_VERSION, "import", null,
                            n.get("id").asString(), n.get("url").asString(), null, n.get("source").asString(),
                            n.get("title").asString(), n.get("body").asString(), n.get("published").asString(),
                            n.get("language").asString(), Instant.now())));
                    JsonNode gold = n.get("gold");
                    if (!gold.get("duplicate_of").isNull()) {
                        goldDuplicateOf.put(n.get("id").asString(), gold.get("duplicate_of").asString());
                    }
                    if (!gold.get("thread").isNull()) {
                        thread.put(n.get("id").asString(), gold.get("thread").asString());
                    }
                }
            }
        }
        assumeTrue(!articles.isEmpty(), "no dev-*.jsonl in " + dir);
    }

    @Test
    void findsSyndicatedCopiesWithHighPrecisionAndRecall() {
        NearDuplicateDetector detector = NearDuplicateDetector.inMemory();
        Set<String> found = new HashSet<>();
        for (Article a : articles) {
            String original = detector.duplicateOf(a);
            if (original != null) {
                found.add(a.id() + "->" + original);
            }
        }
        Set<String> gold = new HashSet<>();
        goldDuplicateOf.forEach((dup, original) -> gold.add(dup + "->" + original));
        Set<String> correct = new HashSet<>(found);
        correct.retainAll(gold);
        double precision = found.isEmpty() ? 0 : (double) correct.size() / found.size();
        double recall = (double) correct.size() / gold.size();
        System.out.printf("near-duplicates on %d dev articles: found %d, gold %d, precision %.3f, recall %.3f%n",
                articles.size(), found.size(), gold.size(), precision, recall);

        assertThat(precision).as("precision, found %s gold %s", found, gold).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall, found %s gold %s", found, gold).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void neverMergesDifferentArticlesOfOneStoryThread() {
        double maxSameThread = 0;
        double minDuplicate = 1;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                double s = MinHash.similarity(Fingerprint.of(a).signature(), Fingerprint.of(b).signature());
                if (b.id().equals(goldDuplicateOf.get(a.id())) || a.id().equals(goldDuplicateOf.get(b.id()))) {
                    minDuplicate = Math.min(minDuplicate, s);
                } else if (thread.get(a.id()) != null && thread.get(a.id()).equals(thread.get(b.id()))) {
                    maxSameThread = Math.max(maxSameThread, s);
                    assertThat(s).as("%s vs %s of thread %s", a.id(), b.id(), thread.get(a.id()))
                            .isLessThan(NearDuplicateDetector.DEFAULT_THRESHOLD);
                }
            }
        }
        System.out.printf("estimated 3-shingle Jaccard: lowest duplicate pair %.3f, highest same-thread non-duplicate pair %.3f, threshold %.2f%n",
                minDuplicate, maxSameThread, NearDuplicateDetector.DEFAULT_THRESHOLD);
        assertThat(minDuplicate).isGreaterThanOrEqualTo(NearDuplicateDetector.DEFAULT_THRESHOLD);
    }
}
