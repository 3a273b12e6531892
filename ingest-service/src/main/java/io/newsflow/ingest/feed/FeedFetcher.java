package io.newsflow.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feed documents with the JDK HTTP client: conditional GET (ETag, Last-Modified), redirects followed by hand
 * (at most {@code maxRedirects}, each target checked by the {@link AddressGuard}), one deadline for the whole fetch,
 * and a size cap enforced while streaming, before and after gzip decoding.
 */
final class FeedFetcher implements AutoCloseable {

    private final HttpClient client;
    private final AddressGuard guard;
    private final FeedProperties properties;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    FeedFetcher(FeedProperties properties) {
        this.properties = properties;
        this.guard = AddressGuard.from(properties);
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * The document at {@code url}, or a not-modified answer when the validators still match.
     *
     * @throws FeedRejectedException for unsafe addresses, too many redirects or too large documents
     * @throws FeedFetchException    for timeouts, network errors and HTTP error statuses
     */
    FetchResult fetch(URI url, String etag, String lastModified) {
        long deadline = System.nanoTime() + properties.readTimeout().toNanos();
        URI current = url;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            HttpResponse<InputStream> response = send(request(current, etag, lastModified, deadline));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FeedFetchException("HTTP " + status + " without Location from " + response.uri()));
                if (hop >= properties.maxRedirects()) {
                    throw new FeedRejectedException("more than " + properties.maxRedirects() + " redirects from " + url);
                }
                current = response.uri().resolve(location.strip());
                continue;
            }
            if (status == 304) {
                closeQuietly(response.body());
                return FetchResult.notModified(current, etag, lastModified);
            }
            if (status != 200) {
                closeQuietly(response.body());
                throw new FeedFetchException("HTTP " + status + " from " + current);
            }
            byte[] body = readBody(response, deadline);
            return new FetchResult(false, current, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpRequest request(URI uri, String etag, String lastModified, long deadline) {
        long leftMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofMillis(leftMillis))
                .header("User-Agent", properties.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedFetchException("timed out after " + properties.readTimeout() + " fetching " + request.uri(), e);
        } catch (IOException e) {
            throw new FeedFetchException("cannot fetch " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted fetching " + request.uri(), e);
        }
    }

    private byte[] readBody(HttpResponse<InputStream> response, long deadline) {
        long max = properties.maxBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > max) {
            closeQuietly(response.body());
            throw tooLarge(response.uri(), declared + " bytes declared");
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        InputStream raw = response.body();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(raw);
        }, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try (InputStream capped = new CappedInputStream(raw, max, "compressed");
             InputStream decoded = isGzip(response) ? new GZIPInputStream(capped) : capped) {
            return readCapped(decoded, max);
        } catch (CappedInputStream.TooLarge e) {
            throw tooLarge(response.uri(), e.getMessage());
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FeedFetchException("timed out after " + properties.readTimeout() + " reading " + response.uri(), e);
            }
            throw new FeedFetchException("cannot read " + response.uri() + ": " + e, e);
        } finally {
            alarm.cancel(false);
        }
    }

    private static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + (long) n > max) {
                throw new CappedInputStream.TooLarge("more than " + max + " bytes after decoding");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private FeedRejectedException tooLarge(URI uri, String detail) {
        return new FeedRejectedException("feed " + uri + " is larger than newsflow.feeds.max-bytes=" + properties.maxBytes()
                + " (" + detail + ")");
    }

    private static boolean isGzip(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
