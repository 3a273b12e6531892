package io.newsflow.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.newsflow.cli.UsageException;
import io.newsflow.model.EventJson;

/** {@code ./newsflow import} against real HTTP servers on 127.0.0.1 that answer like ingest- and index-service. */
class ImportCommandTest {

    @TempDir
    Path dir;
    private HttpServer server;
    private final List<JsonNode> posted = new CopyOnWriteArrayList<>();
    private final List<String> sentLines = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile int searchableAfter = 0;
    private volatile String requiredKey;
    /** When set, the intake answers 413 at once, without reading the body, as ingest-service does over its limit. */
    private volatile boolean refuseAsTooLarge;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/articles", exchange -> {
            if (exchange.getRequestMethod().equals("POST") && requiredKey != null
                    && !requiredKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                respond(exchange, 401, "{\"status\":401,\"error\":\"missing X-Api-Key header\"}");
            } else if (exchange.getRequestMethod().equals("POST") && refuseAsTooLarge) {
                respond(exchange, 413, "{\"status\":413,\"error\":\"request body is larger than 1024 bytes\"}");
            } else if (exchange.getRequestMethod().equals("POST")) {
                answerIntake(exchange);
            } else {
                int n = lookups.incrementAndGet();
                respond(exchange, n > searchableAfter ? 200 : 404, "{}");
            }
        });
        server.start();
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        server.stop(0);
    }

    /** Accepts the first article, calls the second a duplicate of the first, rejects the rest. */
    private void answerIntake(HttpExchange exchange) throws IOException {
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
        List<String> lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        sentLines.addAll(lines);
        List<JsonNode> batch = lines.stream().map(EventJson.mapper()::readTree).toList();
        posted.addAll(batch);
        StringBuilder results = new StringBuilder("[");
        for (int i = 0; i < batch.size(); i++) {
            String id = batch.get(i).get("id").asString();
            int overall = posted.size() - batch.size() + i;
            results.append(i == 0 ? "" : ",").append(switch (overall) {
                case 0 -> "{\"index\":" + i + ",\"id\":\"" + id + "\",\"status\":\"accepted\"}";
                case 1 -> "{\"index\":" + i + ",\"id\":\"" + id + "\",\"status\":\"duplicate\",\"duplicateOf\":\"a1\"}";
                default -> "{\"index\":" + i + ",\"id\":\"" + id + "\",\"status\":\"rejected\",\"problems\":[\"title: must not be blank\"]}";
            });
        }
        respond(exchange, 202, "{\"results\":" + results + "]}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Path jsonl(String... lines) throws IOException {
        Path file = dir.resolve("import.jsonl");
        Files.write(file, List.of(lines));
        return file;
    }

    private static String article(String id) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://x.example/" + id + "\",\"title\":\"T\",\"body\":\"B\","
                + "\"gold\":{\"thread\":\"t\",\"duplicate_of\":null}}";
    }

    @Test
    void sendsArticlesWithoutGoldInBatchesAndSummarisesWithReasons() throws Exception {
        Path file = jsonl(article("a1"), "", article("a2"), "{broken", article("a3"));

        int exit = new ImportCommand().run(List.of(file.toString(), "--ingest-url", url(), "--batch", "2"));

        assertThat(exit).isEqualTo(1);
        assertThat(posted).extracting(n -> n.get("id").asString()).containsExactly("a1", "a2", "a3");
        assertThat(posted).allSatisfy(n -> assertThat(n.has("gold")).isFalse());
        assertThat(contentTypes).hasSize(2).containsOnly("application/x-ndjson");
        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("accepted: 2   duplicates: 1 (1 near or exact copies, 0 unchanged re-sends)   rejected: 2");
        assertThat(out).contains("rejected import.jsonl:4: not a JSON line");
        assertThat(out).contains("rejected import.jsonl:5 (a3): title: must not be blank");
    }

    @Test
    void sendsALineWithoutGoldExactlyAsWritten() throws Exception {
        String line = "{ \"id\" : \"a1\",\"url\":\"https://x.example/a1\", \"title\":\"Zürich\",\"body\":\"B \\u00e9\"}";
        Path file = jsonl(line, article("a2"));

        new ImportCommand().run(List.of(file.toString(), "--ingest-url", url()));

        assertThat(sentLines).hasSize(2);
        assertThat(sentLines.get(0)).isEqualTo(line);
        assertThat(sentLines.get(1)).doesNotContain("gold").contains("\"id\":\"a2\"");
    }

    @Test
    void waitsUntilEveryAcceptedArticleIsSearchable() throws Exception {
        searchableAfter = 3;
        Path file = jsonl(article("a1"), article("a2"));

        int exit = new ImportCommand().run(List.of(file.toString(), "--ingest-url", url(), "--wait", "--index-url", url()));

        assertThat(exit).isZero();
        assertThat(lookups.get()).isGreaterThanOrEqualTo(4);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("all 2 accepted articles are searchable");
    }

    @Test
    void givesUpWaitingWithAClearMessage() throws Exception {
        searchableAfter = Integer.MAX_VALUE;
        Path file = jsonl(article("a1"));
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int exit = new ImportCommand().run(List.of(file.toString(), "--ingest-url", url(), "--wait",
                    "--index-url", url(), "--wait-timeout", "1"));
            assertThat(exit).isEqualTo(1);
        } finally {
            System.setErr(originalErr);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("timed out after 1s: 1 of 1 accepted articles are not searchable yet (e.g. a1)")
                .contains("./newsflow status");
    }

    @Test
    void sendsTheApiKeyAndExplainsWhenOneIsNeeded() throws Exception {
        requiredKey = "s3cret";
        Path file = jsonl(article("a1"));

        assertThatThrownBy(() -> new ImportCommand().run(List.of(file.toString(), "--ingest-url", url())))
                .isInstanceOf(UsageException.class).hasMessageContaining("--api-key");
        assertThat(new ImportCommand().run(List.of(file.toString(), "--ingest-url", url(), "--api-key", "s3cret"))).isZero();
        assertThat(posted).hasSize(1);
    }

    @Test
    void explainsWhenTheServiceRefusesABatchAsTooLarge() throws Exception {
        refuseAsTooLarge = true;
        Path small = jsonl(article("a1"));
        // one line of 12 MB: the server answers and closes before it has all of it, so sending it may fail first
        Path large = jsonl(article("a1").replace("\"title\"", "\"padding\":\"" + "x".repeat(12_000_000) + "\",\"title\""));

        assertThatThrownBy(() -> new ImportCommand().run(List.of(small.toString(), "--ingest-url", url())))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("refused a batch of 1 articles as too large (request body is larger than 1024 bytes)")
                .hasMessageContaining("use a smaller --batch");
        assertThatThrownBy(() -> new ImportCommand().run(List.of(large.toString(), "--ingest-url", url())))
                .hasMessageContaining("use a smaller --batch");
        assertThat(posted).isEmpty();
    }

    @Test
    void explainsWhenTheIngestServiceIsNotRunning() throws IOException {
        Path file = jsonl(article("a1"));
        server.stop(0);

        assertThatThrownBy(() -> new ImportCommand().run(List.of(file.toString(), "--ingest-url", url())))
                .isInstanceOf(UsageException.class).hasMessageContaining("ingest service is not reachable");
    }

    @Test
    void refusesAnIngestUrlThatIsNotHttp() throws IOException {
        Path file = jsonl(article("a1"));

        assertThatThrownBy(() -> new ImportCommand().run(List.of(file.toString(), "--ingest-url", "ftp://127.0.0.1/")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--ingest-url is not an http(s) URL: ftp://127.0.0.1/");
        assertThat(posted).isEmpty();
    }

    @Test
    void refusesMissingFilesAndBadOptions() {
        assertThatThrownBy(() -> new ImportCommand().run(List.of(dir.resolve("nope.jsonl").toString())))
                .isInstanceOf(UsageException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> new ImportCommand().run(List.of("x.jsonl", "--batch", "0")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--batch must be a positive whole number");
        assertThatThrownBy(() -> new ImportCommand().run(List.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("no files given");
    }
}
