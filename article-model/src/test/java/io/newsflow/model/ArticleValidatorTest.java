package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    static Article valid() {
        return new Article(1, "x-001", "https://news.example/a", "Outlet", "Title", "Body text.",
                Instant.parse("2026-01-01T00:00:00Z"), "en", null, 1L);
    }

    @Test
    void acceptsValidArticle() {
        assertThat(ArticleValidator.problems(valid())).isEmpty();
    }

    @Test
    void explainsEveryProblemInOneSentenceEach() {
        Article bad = new Article(7, " ", "ftp://x", "Outlet", "", null, null, "English", null, 1L);

        assertThat(ArticleValidator.problems(bad)).containsExactly(
                "schemaVersion: 7 is not supported, expected 1..1",
                "id: must not be blank",
                "url: url must be an absolute http(s) URL: ftp://x",
                "title: must not be blank",
                "body: must not be blank",
                "published: must be an ISO-8601 UTC time",
                "language: must be an ISO 639-1 code such as \"en\", was \"English\"");
    }

    @Test
    void rejectsOversizedBody() {
        Article a = valid();
        Article huge = new Article(1, a.id(), a.url(), a.source(), a.title(), "x".repeat(ArticleValidator.MAX_BODY_CHARS + 1),
                a.published(), "en", null, 1L);

        assertThatThrownBy(() -> ArticleValidator.requireValid(huge))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("body: 200001 characters, at most 200000 accepted");
    }

    @Test
    void rejectsUnknownTagAndTooManyEntities() {
        List<Entity> many = java.util.stream.IntStream.range(0, ArticleValidator.MAX_ENTITIES + 1)
                .mapToObj(i -> Entity.of("E" + i, EntityType.PERSON)).toList();
        TaggedArticle tagged = TaggedArticle.of(valid(), many, List.of(new StrategyTag("world-domination", 1, List.of())),
                List.of(), List.of(), Instant.EPOCH);

        assertThat(ArticleValidator.problems(tagged)).containsExactly(
                "entities: 2001 entities, at most 2000 accepted",
                "tags: unknown tag \"world-domination\"; allowed: " + StrategyTags.ALL);
    }

    @Test
    void rejectsSelfDuplicate() {
        assertThat(ArticleValidator.problems(valid().withDuplicateOf("x-001")))
                .containsExactly("duplicateOf: an article cannot be a duplicate of itself");
    }
}
