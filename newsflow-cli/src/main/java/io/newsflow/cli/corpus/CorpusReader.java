package io.newsflow.cli.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * Reads corpus-format JSONL files (one article per line, blank lines skipped). A line that is not a JSON article is
 * reported with its file and line number instead of stopping the whole read.
 */
public final class CorpusReader {

    /** The lines of one or more files that could be read, and the ones that could not. */
    public record Result(List<CorpusArticle> articles, List<String> errors) {
    }

    private CorpusReader() {
    }

    public static Result read(List<Path> files) throws IOException {
        List<CorpusArticle> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNumber = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        articles.add(EventJson.fromJson(line, CorpusArticle.class));
                    } catch (InvalidEventException e) {
                        errors.add(file + ":" + lineNumber + ": " + e.getMessage());
                    }
                }
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file.toString(), null, "no such corpus file");
            }
        }
        return new Result(List.copyOf(articles), List.copyOf(errors));
    }
}
