package io.newsflow.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.newsflow.cli.stack.Pipeline;
import io.newsflow.cli.stack.RepoPaths;
import io.newsflow.cli.stack.Service;
import io.newsflow.model.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The end-to-end check, whatever runs Kafka and Elasticsearch: every corpus article goes in through the ingest HTTP
 * API and must come out of Elasticsearch exactly once, tagged with at least one entity, and be found by search.
 */
final class EndToEndScenario {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EndToEndScenario() {
    }

    /**
     * Starts the three services as processes from their executable jars, on free ports, indexing into {@code alias}
     * so that other tests sharing the same Elasticsearch cannot change what this one counts.
     */
    static Pipeline startServices(String kafka, String elasticsearch, String alias, String logFolder) throws IOException {
        return startServices(kafka, elasticsearch, alias, logFolder, Map.of());
    }

    /** As above, with further service settings ({@code name -> value}). */
    static Pipeline startServices(String kafka, String elasticsearch, String alias, String logFolder,
                                  Map<String, String> settings) throws IOException {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        Path logs = Files.createDirectories(RepoPaths.root().resolve("newsflow-cli/target").resolve(logFolder));
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("newsflow.index.alias", alias);
        return Pipeline.start(RepoPaths.root(), kafka, elasticsearch, ports, logs, all);
    }

    static void everyArticleIsIndexedExactlyOnceTaggedAndSearchable(Pipeline pipeline, String es, String alias) throws Exception {
        List<String> lines = TestCorpus.lines();
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(EventJson.mapper().readTree(line).path("id").asString());
        }
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);

        for (int from = 0; from < lines.size(); from += 20) {
            String batch = "[" + String.join(",", lines.subList(from, Math.min(lines.size(), from + 20))) + "]";
            HttpResponse<String> response = post(pipeline.url(Service.INGEST) + "/api/articles", batch);
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(count(es, alias, "{\"query\":{\"ids\":{\"values\":" + EventJson.toJson(ids) + "}}}")).isEqualTo(ids.size()));
        // Exactly once: nothing else was indexed, under any id.
        post(es + "/" + alias + "/_refresh", "");
        assertThat(count(es, alias, "{\"query\":{\"match_all\":{}}}")).isEqualTo(ids.size());

        for (String id : ids) {
            HttpResponse<String> article = get(pipeline.url(Service.INDEX) + "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            assertThat(article.statusCode()).as("GET article " + id).isEqualTo(200);
            JsonNode json = EventJson.mapper().readTree(article.body());
            assertThat(json.path("id").asString()).isEqualTo(id);
            assertThat(json.path("entities").size()).as("entities of " + id).isGreaterThanOrEqualTo(1);
        }

        JsonNode first = EventJson.mapper().readTree(lines.get(0));
        String[] words = first.path("title").asString().split("\\s+");
        String query = String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
        HttpResponse<String> search = get(pipeline.url(Service.INDEX) + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(first.path("id").asString());
    }

    static long count(String es, String alias, String query) throws Exception {
        HttpResponse<String> response = post(es + "/" + alias + "/_count", query);
        if (response.statusCode() == 404) {
            return 0;
        }
        return EventJson.mapper().readTree(response.body()).path("count").asLong();
    }

    static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
