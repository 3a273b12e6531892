package io.newsflow.cli.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code ./newsflow up} left running, in {@code .newsflow/stack.properties}: the supervisor's pid and every URL.
 * Written once everything is ready, removed when the supervisor stops.
 *
 * @param pid           pid of the supervisor process (stopping it stops everything)
 * @param kafka         Kafka bootstrap servers
 * @param elasticsearch Elasticsearch URL
 * @param ingest        ingest-service URL
 * @param tagger        tagger-service URL
 * @param index         index-service URL
 */
public record StackState(long pid, String kafka, String elasticsearch, String ingest, String tagger, String index) {

    static Path file() {
        return RepoPaths.stateDir().resolve("stack.properties");
    }

    void write() throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("kafka", kafka);
        p.setProperty("elasticsearch", elasticsearch);
        p.setProperty("ingest", ingest);
        p.setProperty("tagger", tagger);
        p.setProperty("index", index);
        Path tmp = file().resolveSibling("stack.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp)) {
            p.store(w, "written by ./newsflow up; removed by ./newsflow down");
        }
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Optional<StackState> read() throws IOException {
        if (!Files.isRegularFile(file())) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file())) {
            p.load(r);
        }
        return Optional.of(new StackState(Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("kafka"),
                p.getProperty("elasticsearch"), p.getProperty("ingest"), p.getProperty("tagger"), p.getProperty("index")));
    }

    static void delete() throws IOException {
        Files.deleteIfExists(file());
    }

    /** Human-readable URL list. */
    String describe() {
        return String.join("\n",
                "  kafka          " + kafka,
                "  elasticsearch  " + elasticsearch,
                "  ingest         " + ingest + "   (POST /api/articles, /api/feeds)",
                "  tagger         " + tagger + "   (/actuator/health)",
                "  index          " + index + "   (GET /api/search?q=..., /api/articles/{id}/related, /api/trends, /api/briefing)");
    }
}
