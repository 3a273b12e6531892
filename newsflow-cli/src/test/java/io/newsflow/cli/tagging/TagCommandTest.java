package io.newsflow.cli.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.cli.UsageException;
import io.newsflow.model.EventJson;
import io.newsflow.model.KeyFigure;
import io.newsflow.model.StrategyTag;
import io.newsflow.model.TaggedArticle;

class TagCommandTest {

    private static final String BODY = "Meridian Motors said on Tuesday it will cut about 4,000 jobs in Germany as "
            + "part of a restructuring of its European business, closing two plants by the end of next year.\\n\\n"
            + "The carmaker, which employs 120,000 people worldwide, said the cuts would save $1.2 billion a year. "
            + "Chief executive Laura Brandt said demand for combustion cars had fallen faster than expected.\\n\\n"
            + "Unions in Stuttgart said they would fight the closures.";

    private static String line(String id, String url, String title, String body) {
        return "{\"id\": \"" + id + "\", \"source\": \"Example Wire\", \"url\": \"" + url + "\", "
                + "\"published\": \"2024-03-05T09:00:00Z\", \"language\": \"en\", \"title\": \"" + title + "\", "
                + "\"body\": \"" + body + "\", \"gold\": {\"tags\": [\"ignored\"]}}";
    }

    @Test
    void tagsArticlesInFileOrderAndMarksTheNearCopy(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                line("w-1", "https://wire.example/meridian-cuts", "Meridian Motors to cut 4,000 jobs in Germany", BODY),
                line("w-2", "https://other.example/meridian", "Meridian Motors will cut 4,000 German jobs", BODY)));
        Path out = dir.resolve("out/tagged.jsonl");

        int exit = new TagCommand().run(List.of(in.toString(), "--out", out.toString()));

        assertThat(exit).isZero();
        List<TaggedArticle> tagged = Files.readAllLines(out).stream()
                .map(l -> EventJson.fromJson(l, TaggedArticle.class)).toList();
        assertThat(tagged).extracting(TaggedArticle::id).containsExactly("w-1", "w-2");
        assertThat(tagged.get(0).duplicateOf()).isNull();
        assertThat(tagged.get(1).duplicateOf()).isEqualTo("w-1");
        assertThat(tagged.get(0).tags()).extracting(StrategyTag::tag).contains("layoffs-restructuring");
        assertThat(tagged.get(0).keyFigures()).extracting(KeyFigure::text).contains("4,000 jobs", "$1.2 billion");
        assertThat(tagged.get(0).keyDetails()).hasSizeBetween(1, 5);
        assertThat(tagged.get(0).entities()).isNotEmpty();
    }

    @Test
    void reportsUnreadableLinesButWritesTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{broken\n"
                + line("w-1", "https://wire.example/meridian-cuts", "Meridian Motors to cut 4,000 jobs", BODY) + "\n");
        Path out = dir.resolve("tagged.jsonl");

        int exit = new TagCommand().run(List.of(in.toString(), "--out", out.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(1);
    }

    @Test
    void refusesAMissingInputArgument() {
        assertThatThrownBy(() -> new TagCommand().run(List.of("--out", "x.jsonl")))
                .isInstanceOf(UsageException.class).hasMessageContaining("usage: tag IN.jsonl");
    }
}
