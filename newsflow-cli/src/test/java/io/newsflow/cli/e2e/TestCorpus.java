package io.newsflow.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.newsflow.cli.stack.RepoPaths;

/** Articles for end-to-end tests: the gold dev corpus beside the repository when present, else the shipped samples. */
final class TestCorpus {

    private TestCorpus() {
    }

    static List<Path> files() {
        Path root = RepoPaths.root();
        Path corpus = root.resolve("../shared/corpus").normalize();
        try (Stream<Path> listing = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.empty()) {
            List<Path> dev = listing.filter(p -> p.getFileName().toString().matches("dev-.*\\.jsonl")).sorted().toList();
            return dev.isEmpty() ? List.of(root.resolve("samples/articles.jsonl")) : dev;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-blank line of every file: one JSON article each. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            try {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
