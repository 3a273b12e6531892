package io.newsflow.cli.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.newsflow.model.EventJson;

/**
 * Posts articles to ingest's {@code POST /api/articles} and reads what it took. An unavailable ingest or Kafka (no
 * answer, 5xx) is retried until the deadline: the caller must learn the fate of every article it sent.
 */
final class Intake {

    /** Status of one posted article, as ingest answered it: accepted, duplicate, unchanged or rejected. */
    record Outcome(int status, Map<String, String> statusById, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String ingestUrl;

    Intake(String ingestUrl) {
        this.ingestUrl = ingestUrl;
    }

    /** Posts the JSON articles as one array and returns each id's status. */
    Outcome postArticles(List<String> articles, Duration patience) throws InterruptedException {
        return post(("[" + String.join(",", articles) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8), patience);
    }

    /** Posts {@code body} as it is (poison included); retries only while ingest or Kafka is unavailable. */
    Outcome post(byte[] body, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        String lastProblem = "no attempt";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles"))
                        .header("content-type", "application/json").timeout(Duration.ofSeconds(90))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return new Outcome(response.statusCode(), statuses(response.body()), response.body());
                }
                lastProblem = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            Thread.sleep(1000); // back-off between attempts against a service that is down, not a wait for a result
        }
        throw new IllegalStateException("ingest did not take a request within " + patience.toSeconds() + " s: " + lastProblem);
    }

    private static Map<String, String> statuses(String body) {
        Map<String, String> byId = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(body);
        } catch (RuntimeException e) {
            return byId;
        }
        for (JsonNode result : root.path("results")) {
            String id = result.path("id").asString(null);
            if (id != null) {
                byId.put(id, result.path("status").asString(""));
            }
        }
        return byId;
    }

    /** Whether ingest took the article: as new, as a near copy, or as the unchanged re-send of one taken before. */
    static boolean taken(String status) {
        return status.equals("accepted") || status.equals("duplicate") || status.equals("unchanged");
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
