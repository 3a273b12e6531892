package io.newsflow.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.corpus.CorpusArticle;
import io.newsflow.cli.corpus.Gold;
import io.newsflow.cli.corpus.GoldEntity;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.FigureKind;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

class ScorerTest {

    private static CorpusArticle gold(String id, List<GoldEntity> entities, List<String> tags, List<String> figures,
                                      String duplicateOf) {
        return new CorpusArticle(id, "Outlet", "https://outlet.example/" + id, "2024-01-01T00:00:00Z", "en", "Title",
                "Body.", new Gold(entities, tags, figures, null, duplicateOf));
    }

    private static TaggedArticle system(String id, List<Entity> entities, List<String> tags, List<String> figures,
                                        String duplicateOf) {
        return new TaggedArticle(1, id, "https://outlet.example/" + id, "Outlet", "Title", "Body.", Instant.EPOCH,
                "en", entities, tags.stream().map(t -> new StrategyTag(t, 0.9, List.of())).toList(),
                figures.stream().map(f -> new KeyFigure(f, FigureKind.MONEY, "s")).toList(), List.of(), duplicateOf, 1,
                Instant.EPOCH);
    }

    private static GoldEntity entity(String text, EntityType type, String... aliases) {
        return new GoldEntity(text, type, List.of(aliases));
    }

    @Test
    void matchesEntitiesAfterNormalisingCaseLeadingTheQuotesAndDashes() {
        var goldArticle = gold("a", List.of(entity("European Commission", EntityType.ORGANIZATION),
                entity("McDonald's", EntityType.ORGANIZATION), entity("Coca-Cola", EntityType.ORGANIZATION)),
                List.of(), List.of(), null);
        var found = system("a", List.of(Entity.of("the european commission", EntityType.ORGANIZATION),
                Entity.of("McDonald’s", EntityType.ORGANIZATION), Entity.of("Coca–Cola", EntityType.ORGANIZATION)),
                List.of(), List.of(), null);

        EvalReport report = Scorer.score(List.of(goldArticle), Map.of("a", found), Map.of());

        assertThat(report.entities()).isEqualTo(new Counts(3, 0, 0));
    }

    @Test
    void matchesAnAliasButCountsAnUnmergedAliasAsSpurious() {
        var goldArticle = gold("a", List.of(entity("Meta Platforms", EntityType.ORGANIZATION, "Meta")),
                List.of(), List.of(), null);
        var found = system("a", List.of(Entity.of("Meta Platforms", EntityType.ORGANIZATION),
                Entity.of("Meta", EntityType.ORGANIZATION)), List.of(), List.of(), null);

        EvalReport report = Scorer.score(List.of(goldArticle), Map.of("a", found), Map.of());

        assertThat(report.entities()).isEqualTo(new Counts(1, 1, 0));
        assertThat(report.entities().precision()).isEqualTo(0.5);
        assertThat(report.errors()).singleElement()
                .satisfies(e -> assertThat(e.spuriousEntities()).containsExactly("meta/ORGANIZATION"));
    }

    @Test
    void aliasOnlyMatchAlsoCounts() {
        var goldArticle = gold("a", List.of(entity("Shay Banon", EntityType.PERSON, "Banon")), List.of(), List.of(),
                null);
        var found = system("a", List.of(Entity.of("Banon", EntityType.PERSON)), List.of(), List.of(), null);

        assertThat(Scorer.score(List.of(goldArticle), Map.of("a", found), Map.of()).entities())
                .isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void typedScoreAlsoNeedsTheSameTypeAndCountsPerType() {
        var goldArticle = gold("a", List.of(entity("Kibana", EntityType.PRODUCT), entity("Paris", EntityType.LOCATION)),
                List.of(), List.of(), null);
        var found = system("a", List.of(Entity.of("Kibana", EntityType.ORGANIZATION),
                Entity.of("Paris", EntityType.LOCATION)), List.of(), List.of(), null);

        EvalReport report = Scorer.score(List.of(goldArticle), Map.of("a", found), Map.of());

        assertThat(report.entities()).isEqualTo(new Counts(2, 0, 0));
        assertThat(report.entitiesTyped()).isEqualTo(new Counts(1, 1, 1));
        assertThat(report.entitiesByType().get("PRODUCT")).isEqualTo(new Counts(0, 0, 1));
        assertThat(report.entitiesByType().get("ORGANIZATION")).isEqualTo(new Counts(0, 1, 0));
        assertThat(report.entitiesByType().get("LOCATION")).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void eachGoldEntityIsMatchedAtMostOnce() {
        var goldArticle = gold("a", List.of(entity("Apple", EntityType.ORGANIZATION)), List.of(), List.of(), null);
        var found = system("a", List.of(Entity.of("Apple", EntityType.ORGANIZATION),
                Entity.of("apple", EntityType.ORGANIZATION)), List.of(), List.of(), null);

        assertThat(Scorer.score(List.of(goldArticle), Map.of("a", found), Map.of()).entities())
                .isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void scoresTagsMicroAndMacroOverGoldTags() {
        var a = gold("a", List.of(), List.of("acquisition", "partnership"), List.of(), null);
        var b = gold("b", List.of(), List.of("acquisition"), List.of(), null);
        var systemA = system("a", List.of(), List.of("acquisition"), List.of(), null);
        var systemB = system("b", List.of(), List.of("acquisition", "funding-round"), List.of(), null);

        EvalReport report = Scorer.score(List.of(a, b), Map.of("a", systemA, "b", systemB), Map.of());

        assertThat(report.tags()).isEqualTo(new Counts(2, 1, 1));
        // acquisition F1 1.0, partnership F1 0.0; funding-round is not in gold and does not enter the macro mean
        assertThat(report.tagsMacroF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void scoresFiguresAsNormalisedSets() {
        var a = gold("a", List.of(), List.of(), List.of("$115–135 billion", "15%", "15%"), null);
        var systemA = system("a", List.of(), List.of(), List.of("$115-135 billion", "3 billion"), null);

        EvalReport report = Scorer.score(List.of(a), Map.of("a", systemA), Map.of());

        assertThat(report.figures()).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void scoresNearDuplicatePairs() {
        var original = gold("a", List.of(), List.of(), List.of(), null);
        var copy = gold("b", List.of(), List.of(), List.of(), "a");
        var other = gold("c", List.of(), List.of(), List.of(), null);

        EvalReport report = Scorer.score(List.of(original, copy, other), Map.of(
                "a", system("a", List.of(), List.of(), List.of(), null),
                "b", system("b", List.of(), List.of(), List.of(), "a"),
                "c", system("c", List.of(), List.of(), List.of(), "a")), Map.of());

        assertThat(report.duplicates()).isEqualTo(new Counts(1, 1, 0));
        assertThat(report.summaryLine()).endsWith("dup_p=0.500 dup_r=1.000");
    }

    @Test
    void aRejectedArticleCountsAsAllMissesWithItsReason() {
        var a = gold("a", List.of(entity("Apple", EntityType.ORGANIZATION)), List.of("market-entry"), List.of("$3"),
                null);

        EvalReport report = Scorer.score(List.of(a), Map.of(), Map.of("a", "title: must not be blank"));

        assertThat(report.entities()).isEqualTo(new Counts(0, 0, 1));
        assertThat(report.tags()).isEqualTo(new Counts(0, 0, 1));
        assertThat(report.errors()).singleElement()
                .satisfies(e -> assertThat(e.rejection()).isEqualTo("title: must not be blank"));
    }

    @Test
    void summaryLineListsEveryScoreAndThenExtensionScores() {
        var a = gold("a", List.of(), List.of("acquisition"), List.of(), null);
        EvalReport report = Scorer.score(List.of(a), Map.of("a", system("a", List.of(), List.of("acquisition"),
                List.of(), null)), Map.of()).withExtra(Map.of("related_p_at_k", 0.75));

        assertThat(report.summaryLine()).startsWith("entities_f1=0.000 entities_typed_f1=0.000 tags_micro_f1=1.000 "
                + "tags_macro_f1=1.000 figures_f1=0.000 dup_p=0.000 dup_r=0.000").endsWith(" related_p_at_k=0.750");
    }
}
