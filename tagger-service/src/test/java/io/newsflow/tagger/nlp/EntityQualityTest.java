package io.newsflow.tagger.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Entity F1 against gold annotations stays at or above its floor. The dev corpus ({@code ../shared/corpus} next to the
 * repository) is scored against the targets when the checkout has it, otherwise the repository's annotated
 * samples stand in; the samples (fictional companies, products and people that no gazetteer lists) are always scored
 * against their own floor, which measures how well unknown names are found.
 */
class EntityQualityTest {

    private static final NlpModels MODELS = NlpModels.loadDefault();
    private static final Path SAMPLES = repositoryRoot().resolve("samples/articles.jsonl");

    @Test
    void entityF1MeetsTargetsOnDevCorpus() {
        Path corpus = GoldArticles.devCorpus();
        List<Path> files = corpus != null ? List.of(corpus.resolve("dev-a.jsonl"), corpus.resolve("dev-b.jsonl"))
                : List.of(SAMPLES);
        EntityScore score = score(files);
        System.out.println((corpus != null ? "dev corpus " : "samples (no dev corpus) ") + score);
        score.misses.forEach(System.out::println);
        assertThat(score.f1(false)).as("untyped entity F1").isGreaterThanOrEqualTo(0.88);
        assertThat(score.f1(true)).as("typed entity F1").isGreaterThanOrEqualTo(0.82);
    }

    @Test
    void entityF1StaysAboveFloorOnUnseenFictionalNames() {
        EntityScore score = score(List.of(SAMPLES));
        System.out.println("samples " + score);
        score.misses.forEach(System.out::println);
        assertThat(score.f1(false)).as("untyped entity F1").isGreaterThanOrEqualTo(SAMPLE_FLOOR_UNTYPED);
        assertThat(score.f1(true)).as("typed entity F1").isGreaterThanOrEqualTo(SAMPLE_FLOOR_TYPED);
    }

    private static final double SAMPLE_FLOOR_UNTYPED = 0.94;
    private static final double SAMPLE_FLOOR_TYPED = 0.88;

    private static EntityScore score(List<Path> files) {
        TextAnalyzer analyzer = new TextAnalyzer(MODELS);
        EntityFinder finder = new EntityFinder(MODELS);
        EntityScore score = new EntityScore();
        for (GoldArticles.GoldArticle a : GoldArticles.read(files)) {
            score.add(a.id(), finder.find(analyzer.analyze(a.title(), a.body(), a.language())), a.entities());
        }
        return score;
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("newsflow.repo.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    }
}
