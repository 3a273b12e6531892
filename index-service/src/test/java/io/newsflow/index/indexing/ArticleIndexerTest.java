package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

class ArticleIndexerTest {

    @Test
    void acceptsAValidArticle() {
        assertThat(ArticleIndexer.problems(article("a-1", "Chip maker pivots", 5))).isEmpty();
    }

    @Test
    void reportsContractProblems() {
        assertThat(ArticleIndexer.problems(article("a-1", " ", 5))).containsExactly("title: must not be blank");
    }

    @Test
    void rejectsANegativeVersionBecauseExternalVersioningCannotStoreIt() {
        assertThat(ArticleIndexer.problems(article("a-1", "Chip maker pivots", -3)))
                .containsExactly("version: must be zero or more, was -3");
    }

    static TaggedArticle article(String id, String title, long version) {
        return new TaggedArticle(Topics.SCHEMA_VERSION, id, "https://news.example.com/" + id, "Example News", title,
                "The company said it would stop publishing its models.", Instant.parse("2026-01-05T10:00:00Z"), "en",
                List.of(), List.of(), List.of(), List.of(), null, version, Instant.parse("2026-01-05T10:01:00Z"));
    }
}
