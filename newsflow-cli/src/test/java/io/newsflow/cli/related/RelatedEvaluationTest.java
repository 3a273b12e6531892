package io.newsflow.cli.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsflow.model.TaggedArticle;

class RelatedEvaluationTest {

    private final List<RelatedEvaluation.Case> cases = List.of(
            c("a1", "a", null), c("a2", "a", null), c("a3", "a", null), c("a1-copy", "a", "a1"),
            c("b1", "b", null), c("b2", "b", null), c("x", null, null));

    @Test
    void asksOnlyNonDuplicatesOfThreadsWithThreeArticlesForThreadSizeMinusOne() {
        Map<String, Integer> asked = new HashMap<>();

        RelatedEvaluation.Result result = RelatedEvaluation.score(cases, (c, k) -> {
            asked.put(c.article().id(), k);
            return List.of();
        }, (c, k) -> List.of());

        assertThat(asked).containsExactlyInAnyOrderEntriesOf(Map.of("a1", 2, "a2", 2, "a3", 2));
        assertThat(result.queries()).isEqualTo(3);
    }

    @Test
    void precisionIsTheShareOfReturnedArticlesInTheSameThread() {
        RelatedEvaluation.Result result = RelatedEvaluation.score(cases,
                (c, k) -> c.article().id().equals("a1") ? List.of("a2", "x") : List.of("a1-copy", "a1"),
                (c, k) -> List.of("b1", "b2"));

        assertThat(result.precision()).isEqualTo((0.5 + 1 + 1) / 3);
        assertThat(result.baselinePrecision()).isZero();
        assertThat(result.line()).isEqualTo("related_p_at_k=0.833 related_mlt_baseline=0.000");
    }

    private static RelatedEvaluation.Case c(String id, String thread, String duplicateOf) {
        TaggedArticle article = new TaggedArticle(1, id, "https://x.example/" + id, "s", id, id, Instant.EPOCH, "en",
                new ArrayList<>(), List.of(), List.of(), List.of(), duplicateOf, 1, Instant.EPOCH);
        return new RelatedEvaluation.Case(article, thread, duplicateOf);
    }
}
