package io.newsflow.cli.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

    /**
     * Posts {@code batches} in order, one request at a time, and hands each batch's {@code results} to
     * {@code onResults}. The next body is written while a request is out, so the service never waits for it.
     */
    void postInOrder(List<List<byte[]>> batches, BatchResults onResults) throws IOException, InterruptedException {
        CompletableFuture<byte[]> next = batches.isEmpty() ? null : CompletableFuture.completedFuture(body(batches.get(0)));
        for (int b = 0; b < batches.size(); b++) {
            byte[] body = next.join();
            List<byte[]> following = b + 1 < batches.size() ? batches.get(b + 1) : null;
            next = following == null ? null : CompletableFuture.supplyAsync(() -> body(following));
            onResults.accept(b, post(body, batches.get(b).size()));
        }
    }

    /** What to do with one batch's results. */
    @FunctionalInterface
    interface BatchResults {
        void accept(int batch, JsonNode results) throws IOException;
    }

    /**
     * The request body for {@code batch} (each article one line of JSON, without its line break): JSON lines, which the
     * service parses on all its cores (an array on one).
     */
    static byte[] body(List<byte[]> batch) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(batch.stream().mapToInt(line -> line.length + 1).sum());
        for (byte[] article : batch) {
            body.writeBytes(article);
            body.write('\n');
        }
        return body.toByteArray();
    }

    /**
     * The {@code results} array for the {@code size} articles in {@code body}, one entry per article in order;
     * retries while the service is busy.
     */
    JsonNode post(byte[] body, int size) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-ndjson").header("X-Newsflow-Origin", "import")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
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
                throw new UsageException("ingest service refused a batch of " + size + " articles as too large ("
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
