package io.newsflow.tagger.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.newsflow.model.Article;
import io.newsflow.model.Entity;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

class ArticleTaggerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ArticleTagger TAGGER = new ArticleTagger(NlpModels.loadDefault(),
            new TaggerOptions(Clock.fixed(NOW, ZoneOffset.UTC), false));

    private static Article article(String language, String body) {
        return new Article(Topics.SCHEMA_VERSION, "a-1", "https://news.example/a-1", "Example News",
                "Microsoft agrees to buy Activision Blizzard for $69 billion", body,
                Instant.parse("2022-01-18T13:00:00Z"), language, null, 42);
    }

    @Test
    void tagsEntitiesFiguresAndKeepsTheArticleIdentity() {
        TaggedArticle tagged = TAGGER.tag(article("en", "Microsoft said on Tuesday it had agreed to buy Activision "
                + "Blizzard for $69 billion in cash, its largest deal ever.\n\nChief executive Satya Nadella said the "
                + "purchase would help Microsoft compete with Sony and Tencent in gaming. Activision shares rose 26%."));

        assertThat(tagged.id()).isEqualTo("a-1");
        assertThat(tagged.version()).isEqualTo(42);
        assertThat(tagged.taggedAt()).isEqualTo(NOW);
        assertThat(tagged.language()).isEqualTo("en");
        assertThat(tagged.entities()).extracting(Entity::text)
                .contains("Microsoft", "Activision Blizzard", "Satya Nadella", "Sony", "Tencent");
        assertThat(tagged.keyFigures()).isNotEmpty();
    }

    @Test
    void detectsTheLanguageWhenTheArticleHasNone() {
        TaggedArticle tagged = TAGGER.tag(article("", "Le groupe américain a annoncé mardi le rachat de l'éditeur de "
                + "jeux vidéo pour 69 milliards de dollars, la plus grosse acquisition de son histoire."));

        assertThat(tagged.language()).isEqualTo("fr");
    }
}
