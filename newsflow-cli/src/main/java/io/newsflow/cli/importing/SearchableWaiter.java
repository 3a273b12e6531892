package io.newsflow.cli.importing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Waits until every id answers 200 on index-service's {@code GET /api/articles/{id}}, i.e. the article went through
 * tagging and indexing and can be searched.
 */
final class SearchableWaiter {

    private static final Duration ROUND = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String indexUrl;

    SearchableWaiter(String indexUrl) {
        this.indexUrl = indexUrl.replaceAll("/+$", "");
    }

    /** The ids still not searchable when {@code timeout} ran out; empty when all are. */
    Set<String> await(Set<String> ids, Duration timeout, ProgressBar progress) throws InterruptedException {
        Set<String> pending = new LinkedHashSet<>(ids);
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastProblem = null;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (String id : new ArrayList<>(pending)) {
                try {
                    if (isSearchable(id)) {
                        pending.remove(id);
                    }
                    lastProblem = null;
                } catch (ConnectException e) {
                    lastProblem = "index service not reachable at " + indexUrl;
                    break;
                } catch (IOException e) {
                    lastProblem = e.toString();
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
            progress.update(ids.size() - pending.size());
            if (!pending.isEmpty()) {
                Thread.sleep(ROUND.toMillis()); // polling interval of the wait loop
            }
        }
        progress.finish();
        if (lastProblem != null && !pending.isEmpty()) {
            System.err.println("last problem: " + lastProblem);
        }
        return pending;
    }

    private boolean isSearchable(String id) throws IOException, InterruptedException {
        URI uri = URI.create(indexUrl + "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    static String describe(Set<String> missing, int total, Duration timeout) {
        List<String> sample = missing.stream().limit(5).toList();
        return String.format("timed out after %ds: %d of %d accepted articles are not searchable yet (e.g. %s). "
                        + "Are tagger-service and index-service running? Check ./newsflow status, or wait longer with --wait-timeout.",
                timeout.toSeconds(), missing.size(), total, String.join(", ", sample));
    }
}
