package io.newsflow.cli.importing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.newsflow.cli.UsageException;
import io.newsflow.model.EventJson;

/** Posts batches of articles to ingest-service's {@code POST /api/articles} and reads its per-article answers. */
final class IngestClient {

    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    private final String apiKey;

    /** {@code apiKey}: sent as {@code X-Api-Key} when the services require one ({@code NEWSFLOW_SECURITY_API_KEY}); may be null. */
    IngestClient(String ingestUrl, String apiKey) {
        this.endpoint = URI.create(ingestUrl.replaceAll("/+$", "") + "/api/articles");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    }

    /** The {@code results} array for {@code batch}, one entry per article in order; retries while the service is busy. */
    JsonNode post(List<JsonNode> batch) throws IOException, InterruptedException {
        String body = EventJson.mapper().writeValueAsString(batch);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("X-Newsflow-Origin", "import")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            builder.header("X-Api-Key", apiKey);
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new UsageException("ingest service is not reachable at " + endpoint
                        + "; start it (./newsflow up) or pass --ingest-url");
            }
            int status = response.statusCode();
            if ((status == 202 || status == 400) && response.body().contains("\"results\"")) {
                return EventJson.mapper().readTree(response.body()).get("results");
            }
            if (status == 401) {
                throw new UsageException("ingest service wants an API key (" + error(response)
                        + "); pass --api-key or set NEWSFLOW_SECURITY_API_KEY");
            }
            if (status == 413) {
                throw new UsageException("ingest service refused a batch of " + batch.size() + " articles as too large ("
                        + error(response) + "); use a smaller --batch");
            }
            if ((status == 503 || status == 429 || status >= 500) && attempt < ATTEMPTS) {
                Thread.sleep(500L << attempt); // back off before retrying a busy service
                continue;
            }
            throw new IOException("ingest service answered HTTP " + status + ": " + error(response));
        }
    }

    private static String error(HttpResponse<String> response) {
        try {
            JsonNode json = EventJson.mapper().readTree(response.body());
            return json.has("error") ? json.get("error").asString() : response.body();
        } catch (RuntimeException e) {
            return response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
        }
    }
}
