package io.newsflow.cli.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;

import io.newsflow.cli.UsageException;
import io.newsflow.model.EventJson;

/**
 * Posts batches of articles to ingest-service's {@code POST /api/articles} and reads its per-article answers. One
 * request at a time on the calling thread, over {@link HttpURLConnection} (kept alive between requests): the body goes
 * to the socket as it is. The JDK's asynchronous {@code HttpClient} cost the import 3–4 us more CPU per article in its
 * selector and executor threads (measured with {@code ./newsflow bench ingest}: 7–14 against 5–8 us), on machines
 * where the import shares the cores with the service and the broker.
 */
final class IngestClient {

    private static final int ATTEMPTS = 5;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 120_000;

    private final URL endpoint;

    private final String apiKey;

    /** {@code apiKey}: sent as {@code X-Api-Key} when the services require one ({@code NEWSFLOW_SECURITY_API_KEY}); may be null. */
    IngestClient(String ingestUrl, String apiKey) {
        try {
            URI uri = URI.create(ingestUrl.replaceAll("/+$", "") + "/api/articles");
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("not http(s)");
            }
            this.endpoint = uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new UsageException("--ingest-url is not an http(s) URL: " + ingestUrl);
        }
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
        for (int attempt = 1; ; attempt++) {
            HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/x-ndjson");
            connection.setRequestProperty("X-Newsflow-Origin", "import");
            if (apiKey != null) {
                connection.setRequestProperty("X-Api-Key", apiKey);
            }
            try {
                connection.connect();
            } catch (ConnectException | SocketTimeoutException e) {
                throw new UsageException("ingest service is not reachable at " + endpoint + " (" + e.getMessage()
                        + "); start it (./newsflow up) or pass --ingest-url");
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            } catch (IOException e) {
                // the service answers a body over its limit before reading it all, and may close the connection
                throw new IOException("ingest service closed the connection while a batch of " + size + " articles ("
                        + body.length + " bytes) was being sent: " + e.getMessage()
                        + "; if the batch is over its newsflow.ingest.max-request-bytes, use a smaller --batch", e);
            }
            int status = connection.getResponseCode();
            String answer = read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            if ((status == 202 || status == 400) && answer.contains("\"results\"")) {
                return EventJson.mapper().readTree(answer).get("results");
            }
            if (status == 401) {
                throw new UsageException("ingest service wants an API key (" + error(answer)
                        + "); pass --api-key or set NEWSFLOW_SECURITY_API_KEY");
            }
            if (status == 413) {
                throw new UsageException("ingest service refused a batch of " + size + " articles as too large ("
                        + error(answer) + "); use a smaller --batch");
            }
            if ((status == 503 || status == 429 || status >= 500) && attempt < ATTEMPTS) {
                Thread.sleep(500L << attempt); // back off before retrying a busy service
                continue;
            }
            throw new IOException("ingest service answered HTTP " + status + ": " + error(answer));
        }
    }

    /** The whole answer (read to its end and closed, so that the connection is kept for the next request). */
    private static String read(InputStream answer) throws IOException {
        if (answer == null) {
            return "";
        }
        try (answer) {
            return new String(answer.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String error(String answer) {
        try {
            JsonNode json = EventJson.mapper().readTree(answer);
            return json.has("error") ? json.get("error").asString() : answer;
        } catch (RuntimeException e) {
            return answer.length() > 200 ? answer.substring(0, 200) : answer;
        }
    }
}
