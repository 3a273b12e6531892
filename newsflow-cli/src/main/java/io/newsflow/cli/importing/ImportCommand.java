package io.newsflow.cli.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.model.EventJson;

/**
 * {@code ./newsflow import FILE.jsonl... [--ingest-url URL] [--batch N] [--wait] [--index-url URL] [--wait-timeout S]
 * [--api-key KEY]}:
 * sends articles in the corpus JSONL format (the {@code gold} field is dropped) to a running ingest-service, with a
 * progress bar and a summary of accepted, duplicate and rejected articles with reasons. With {@code --wait} it
 * returns only when every accepted article can be fetched from index-service.
 */
public final class ImportCommand implements Command {

    /** Most JSON bytes per request: well under ingest-service's default 10 MB body limit. */
    static final long MAX_BATCH_BYTES = 4_000_000;

    @Override
    public String summary() {
        return "import FILE.jsonl... into the running pipeline [--ingest-url URL] [--batch N] [--wait] [--index-url URL] [--api-key KEY]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        String ingestUrl = "http://localhost:8081";
        String indexUrl = "http://localhost:8083";
        // ingest-service's default max-batch-articles: fewer round trips, and its Kafka batches fill up
        int batchSize = 1_000;
        boolean wait = false;
        String apiKey = System.getenv("NEWSFLOW_SECURITY_API_KEY");
        Duration waitTimeout = Duration.ofSeconds(300);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--ingest-url" -> ingestUrl = value(args, ++i, arg);
                case "--index-url" -> indexUrl = value(args, ++i, arg);
                case "--batch" -> batchSize = positive(value(args, ++i, arg), arg);
                case "--wait" -> wait = true;
                case "--api-key" -> apiKey = value(args, ++i, arg);
                case "--wait-timeout" -> waitTimeout = Duration.ofSeconds(positive(value(args, ++i, arg), arg));
                case "--help", "-h" -> {
                    System.out.println("usage: ./newsflow " + summary());
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option '" + arg + "'; try --help");
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no files given; usage: ./newsflow " + summary());
        }
        ImportSummary summary = new ImportSummary();
        List<Line> lines = read(files, summary);
        send(lines, new IngestClient(ingestUrl, apiKey), batchSize, summary);
        summary.print(System.out);
        if (wait && !summary.ids().isEmpty()) {
            Set<String> ids = summary.ids();
            Set<String> missing = new SearchableWaiter(indexUrl).await(ids, waitTimeout, ProgressBar.onStderr("searchable", ids.size()));
            if (!missing.isEmpty()) {
                System.err.println(SearchableWaiter.describe(missing, ids.size(), waitTimeout));
                return 1;
            }
            System.out.printf("all %,d accepted articles are searchable%n", ids.size());
        }
        return summary.rejected() == 0 ? 0 : 1;
    }

    /**
     * One article line and where it came from, for messages. {@code json} is what is sent: the line's own bytes, or the
     * article written anew when a {@code gold} field had to be dropped.
     */
    record Line(String where, byte[] json) {

        int bytes() {
            return json.length;
        }
    }

    static List<Line> read(List<Path> files, ImportSummary summary) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    number++;
                    if (text.isBlank()) {
                        continue;
                    }
                    String where = file.getFileName() + ":" + number;
                    try {
                        JsonNode node = EventJson.mapper().readTree(text);
                        boolean hadGold = node instanceof ObjectNode object && object.remove("gold") != null;
                        lines.add(new Line(where, hadGold ? EventJson.mapper().writeValueAsBytes(node)
                                : text.getBytes(StandardCharsets.UTF_8)));
                    } catch (JacksonException e) {
                        summary.rejected(where, "not a JSON line: " + e.getOriginalMessage());
                    }
                }
            } catch (NoSuchFileException e) {
                throw new UsageException("no such file: " + file);
            }
        }
        return lines;
    }

    static void send(List<Line> lines, IngestClient client, int batchSize, ImportSummary summary) throws IOException, InterruptedException {
        List<List<Line>> batches = new ArrayList<>();
        for (int from = 0; from < lines.size(); ) {
            List<Line> batch = lines.subList(from, batchEnd(lines, from, batchSize));
            batches.add(batch);
            from += batch.size();
        }
        ProgressBar progress = ProgressBar.onStderr("import", lines.size());
        int[] sent = {0};
        client.postInOrder(batches.stream().map(b -> b.stream().map(Line::json).toList()).toList(), (b, results) -> {
            List<Line> batch = batches.get(b);
            for (int i = 0; i < batch.size(); i++) {
                JsonNode r = results.get(i);
                String id = r.has("id") ? r.get("id").asString() : null;
                switch (r.get("status").asString()) {
                    case "accepted" -> summary.accepted(id);
                    case "duplicate" -> summary.duplicate(id, r.get("duplicateOf").asString());
                    case "unchanged" -> summary.unchanged(id);
                    default -> summary.rejected(batch.get(i).where() + (id == null ? "" : " (" + id + ")"),
                            String.join("; ", r.get("problems").valueStream().map(JsonNode::asString).toList()));
                }
            }
            sent[0] += batch.size();
            progress.update(sent[0]);
        });
        progress.finish();
    }

    /**
     * End of the batch that starts at {@code from}: {@code batchSize} articles, or fewer when they would make a body
     * over {@link #MAX_BATCH_BYTES} (ingest-service refuses bodies over 10 MB by default).
     */
    static int batchEnd(List<Line> lines, int from, int batchSize) {
        int end = from;
        long bytes = 0;
        while (end < lines.size() && end - from < batchSize && (end == from || bytes + lines.get(end).bytes() <= MAX_BATCH_BYTES)) {
            bytes += lines.get(end).bytes();
            end++;
        }
        return end;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number, was '" + text + "'");
    }
}
