package io.newsflow.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.model.EntityType;

class CorpusReaderTest {

    private static final String GOLD_LINE = """
            {"id": "x-1", "source": "Daily Example", "url": "https://daily.example/a", \
            "published": "2021-01-14T14:05:00Z", "language": "en", "title": "Firm buys rival", "body": "Text.", \
            "gold": {"entities": [{"text": "Meta Platforms", "type": "ORGANIZATION", "aliases": ["Meta"]}], \
            "tags": ["acquisition"], "key_figures": ["$1.3 billion"], "thread": "t-1", "duplicate_of": "x-0"}}""";

    @Test
    void readsArticlesWithGoldAnnotations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), GOLD_LINE + "\n\n");

        CorpusReader.Result result = CorpusReader.read(List.of(file));

        assertThat(result.errors()).isEmpty();
        CorpusArticle article = result.articles().get(0);
        assertThat(article.id()).isEqualTo("x-1");
        assertThat(article.gold().entities()).containsExactly(
                new GoldEntity("Meta Platforms", EntityType.ORGANIZATION, List.of("Meta")));
        assertThat(article.gold().tags()).containsExactly("acquisition");
        assertThat(article.gold().keyFigures()).containsExactly("$1.3 billion");
        assertThat(article.gold().thread()).isEqualTo("t-1");
        assertThat(article.gold().duplicateOf()).isEqualTo("x-0");
    }

    @Test
    void buildsAnImportRawItemFromALine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.jsonl"), GOLD_LINE);
        Instant now = Instant.parse("2024-05-01T10:00:00Z");

        var item = CorpusReader.read(List.of(file)).articles().get(0).toRawItem(now);

        assertThat(item.origin()).isEqualTo("import");
        assertThat(item.id()).isEqualTo("x-1");
        assertThat(item.content()).isEqualTo("Text.");
        assertThat(item.published()).isEqualTo("2021-01-14T14:05:00Z");
        assertThat(item.receivedAt()).isEqualTo(now);
    }

    @Test
    void reportsABadLineWithFileAndLineNumberAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), "{not json\n" + GOLD_LINE + "\n");

        CorpusReader.Result result = CorpusReader.read(List.of(file));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.errors()).singleElement().asString().startsWith(file + ":1: malformed CorpusArticle JSON");
    }

    @Test
    void failsClearlyForAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CorpusReader.read(List.of(dir.resolve("nope.jsonl"))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.jsonl");
    }
}
