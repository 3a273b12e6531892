package io.newsflow.tagger.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads articles with gold entities in the corpus JSONL format ({@code /work/shared/corpus/README.md}). */
final class GoldArticles {

    record GoldEntity(String text, String type, List<String> aliases) {
    }

    record GoldArticle(String id, String title, String body, String language, List<GoldEntity> entities) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private GoldArticles() {
    }

    /** The shared dev corpus next to the repository, or null when this checkout has none. */
    static Path devCorpus() {
        String root = System.getProperty("newsflow.repo.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        Path corpus = base.resolve("../shared/corpus").normalize();
        return Files.isRegularFile(corpus.resolve("dev-a.jsonl")) ? corpus : null;
    }

    static List<GoldArticle> read(List<Path> files) {
        List<GoldArticle> out = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        out.add(parse(JSON.readTree(line)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static GoldArticle parse(JsonNode node) {
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : node.path("gold").path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asString()));
            entities.add(new GoldEntity(e.path("text").asString(), e.path("type").asString(), aliases));
        }
        return new GoldArticle(node.path("id").asString(), node.path("title").asString(), node.path("body").asString(),
                node.path("language").asString("en"), entities);
    }
}
