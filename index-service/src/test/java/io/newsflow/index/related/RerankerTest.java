package io.newsflow.index.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.index.schema.ArticleView;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;

class RerankerTest {

    private final Reranker reranker = new Reranker(RelatedProperties.defaults());
    private final ArticleView self = view("self", "2024-02-05T00:00:00Z",
            List.of(new Entity("Meta Platforms", EntityType.ORGANIZATION, List.of("Meta"), 1),
                    Entity.of("Llama 2", EntityType.PRODUCT)), List.of("proprietary-to-open"));

    @Test
    void sharedEntitiesTagsAndClosenessOutweighASlightlyBetterTextMatch() {
        ArticleView followUp = view("follow-up", "2024-02-20T00:00:00Z",
                List.of(Entity.of("Meta", EntityType.ORGANIZATION), Entity.of("Llama 2", EntityType.PRODUCT)),
                List.of("proprietary-to-open"));
        ArticleView distractor = view("distractor", "2021-06-01T00:00:00Z",
                List.of(Entity.of("Meta", EntityType.ORGANIZATION)), List.of("layoffs-restructuring"));

        List<RelatedArticle> ranked = reranker.rank(self, List.of(
                new Reranker.Candidate(distractor, 10.0, 2.0),
                new Reranker.Candidate(followUp, 8.0, 5.0)), 5);

        assertThat(ranked).extracting(RelatedArticle::id).containsExactly("follow-up", "distractor");
    }

    @Test
    void explainsTheChoiceWithSharedEntitiesUnderTheAskedArticlesNames() {
        ArticleView other = view("o", "2024-02-15T00:00:00Z",
                List.of(Entity.of("Meta", EntityType.ORGANIZATION)), List.of("proprietary-to-open"));

        RelatedArticle.Why why = reranker.rank(self, List.of(new Reranker.Candidate(other, 4.0, 3.0)), 1).get(0).why();

        assertThat(why.sharedEntities()).containsExactly("Meta Platforms");
        assertThat(why.sharedTags()).containsExactly("proprietary-to-open");
        assertThat(why.textSimilarity()).isEqualTo(1.0);
        assertThat(why.daysApart()).isEqualTo(10);
    }

    @Test
    void returnsAtMostSize() {
        ArticleView a = view("a", "2024-01-01T00:00:00Z", List.of(), List.of());
        ArticleView b = view("b", "2024-01-01T00:00:00Z", List.of(), List.of());

        assertThat(reranker.rank(self, List.of(new Reranker.Candidate(a, 1, 0), new Reranker.Candidate(b, 2, 0)), 1))
                .extracting(RelatedArticle::id).containsExactly("b");
    }

    private static ArticleView view(String id, String published, List<Entity> entities, List<String> tags) {
        return new ArticleView(id, "t " + id, "src", "https://x.example/" + id, Instant.parse(published), null,
                entities, tags);
    }
}
