package io.newsflow.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches feed documents with the JDK HTTP client: conditional GET (ETag, Last-Modified), redirects followed by hand
 * (at most {@code maxRedirects}, each target checked by the {@link AddressGuard}), one deadline for the whole fetch,
 * and a size cap enforced while streaming, before and after gzip decoding.
 * <p>
 * A plain-http request goes to the very address the guard approved, with the feed's host in the {@code Host} header,
 * so DNS cannot answer differently between the check and the connection. (An https request still connects by name:
 * TLS needs the name for the certificate check, and that check is what makes a rebound address fail there, since a
 * private server holds no certificate for the feed's public name.) Sending {@code Host} needs the JDK client's
 * {@code jdk.httpclient.allowRestrictedHeaders=host}, which this class sets unless the client was loaded before; the
 * service's {@code main} sets it first thing. Without it the fetcher connects by name, as before, and says so.
 */
final class FeedFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedFetcher.class);
    /** Whether this JVM's HTTP client lets a request carry its own {@code Host} header. */
    private static final boolean CAN_PIN = HostHeader.allow();

    private final HttpClient client;
    private final AddressGuard guard;
    private final FeedProperties properties;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    FeedFetcher(FeedProperties properties) {
        this(properties, AddressGuard.from(properties));
    }

    FeedFetcher(FeedProperties properties, AddressGuard guard) {
        if (!CAN_PIN) {
            log.warn("The JDK HTTP client was loaded before jdk.httpclient.allowRestrictedHeaders=host was set: plain-http"
                    + " feeds are fetched by host name, so a DNS answer that changes after the address check is not caught");
        }
        this.properties = properties;
        this.guard = guard;
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
            InetAddress approved = guard.check(current);
            HttpResponse<InputStream> response = send(request(current, approved, etag, lastModified, deadline), current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                URI from = current;
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FeedFetchException("HTTP " + status + " without Location from " + from));
                if (hop >= properties.maxRedirects()) {
                    throw new FeedRejectedException("more than " + properties.maxRedirects() + " redirects from " + url);
                }
                current = current.resolve(location.strip()); // against the name, not the address connected to
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
            byte[] body = readBody(response, current, deadline);
            return new FetchResult(false, current, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    /**
     * The request for {@code uri}: to {@code approved} (when the guard looked the host up, the scheme is http and the
     * client allows it) with the URL's host in the {@code Host} header, else to {@code uri} as it is.
     */
    private HttpRequest request(URI uri, InetAddress approved, String etag, String lastModified, long deadline) {
        long leftMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        boolean pin = CAN_PIN && approved != null && "http".equalsIgnoreCase(uri.getScheme());
        HttpRequest.Builder b = HttpRequest.newBuilder(pin ? pinned(uri, approved) : uri).GET()
                .timeout(Duration.ofMillis(leftMillis))
                .header("User-Agent", properties.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (pin) {
            b.header("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        }
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    /** {@code uri} with its host replaced by {@code address} (userinfo and fragment dropped: neither is sent). */
    static URI pinned(URI uri, InetAddress address) {
        String host = address.getHostAddress();
        if (address instanceof Inet6Address) {
            host = "[" + host.replace("%", "%25") + "]";
        }
        return URI.create(uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private HttpResponse<InputStream> send(HttpRequest request, URI uri) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedFetchException("timed out after " + properties.readTimeout() + " fetching " + uri, e);
        } catch (IOException e) {
            throw new FeedFetchException("cannot fetch " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetchException("interrupted fetching " + uri, e);
        }
    }

    private byte[] readBody(HttpResponse<InputStream> response, URI uri, long deadline) {
        long max = properties.maxBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > max) {
            closeQuietly(response.body());
            throw tooLarge(uri, declared + " bytes declared");
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
            throw tooLarge(uri, e.getMessage());
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FeedFetchException("timed out after " + properties.readTimeout() + " reading " + uri, e);
            }
            throw new FeedFetchException("cannot read " + uri + ": " + e, e);
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
