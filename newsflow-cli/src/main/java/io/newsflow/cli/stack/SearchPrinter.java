package io.newsflow.cli.stack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.newsflow.model.EventJson;
import tools.jackson.databind.JsonNode;

/** Prints index-service search results for a person to read: title, source, entities, tags. */
final class SearchPrinter {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String indexUrl;

    SearchPrinter(String indexUrl) {
        this.indexUrl = indexUrl;
    }

    /**
     * Waits until search (not just get-by-id, which is real-time) sees {@code expected} articles: Elasticsearch makes
     * new documents visible to search at its next refresh.
     */
    void awaitSearchable(long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create(indexUrl + "/api/search?size=1&includeDuplicates=true");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && EventJson.mapper().readTree(response.body()).path("total").asLong() >= expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("search did not show all " + expected + " articles within " + timeout.toSeconds() + " s");
    }

    /** Prints the top hits of a full-text query. */
    void printSearch(String query) throws Exception {
        print("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** Prints the top hits of articles carrying a strategy-shift tag. */
    void printTag(String tag) throws Exception {
        print("tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
    }

    private void print(String parameters) throws Exception {
        String url = indexUrl + "/api/search?size=3&" + parameters;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("\nGET " + url + "  ->  HTTP " + response.statusCode());
        if (response.statusCode() != 200) {
            System.out.println("  " + response.body());
            return;
        }
        JsonNode body = EventJson.mapper().readTree(response.body());
        JsonNode hits = body.path("hits");
        System.out.println("  " + body.path("total").asString("?") + " matching articles; top " + hits.size() + ":");
        for (JsonNode hit : hits) {
            System.out.println("  * " + hit.path("title").asString() + "  [" + hit.path("source").asString() + ", "
                    + hit.path("published").asString() + "]");
            System.out.println("      entities: " + entities(hit.path("entities")));
            List<String> tags = new ArrayList<>();
            hit.path("tags").forEach(t -> tags.add(t.asString()));
            System.out.println("      tags:     " + (tags.isEmpty() ? "-" : String.join(", ", tags)));
        }
    }

    /** Entities come grouped by type: {@code {"ORGANIZATION": ["Meta"], ...}}. */
    private static String entities(JsonNode byType) {
        List<String> out = new ArrayList<>();
        for (var entry : byType.properties()) {
            for (JsonNode name : entry.getValue()) {
                out.add(name.asString() + " (" + entry.getKey().toLowerCase() + ")");
            }
        }
        if (out.size() > 8) {
            return String.join(", ", out.subList(0, 8)) + ", ...";
        }
        return out.isEmpty() ? "-" : String.join(", ", out);
    }
}
