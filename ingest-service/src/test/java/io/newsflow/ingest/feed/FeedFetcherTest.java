package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private static final byte[] ATOM = ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
            + "<entry><title>a</title><id>1</id><link href=\"https://x.example/1\"/></entry></feed>").getBytes();

    private final LocalFeedServer server = new LocalFeedServer();

    private static FeedProperties properties(long maxBytes, Duration readTimeout, List<String> allowedHosts) {
        return new FeedProperties(null, null, Duration.ofSeconds(2), readTimeout, maxBytes, 3, null, false, allowedHosts, null, null, null, null);
    }

    private static FeedFetcher fetcher() {
        return new FeedFetcher(properties(10L * 1024 * 1024, Duration.ofSeconds(5), List.of("127.0.0.1", "localhost")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsValidatorsAndTreats304AsNotModified() {
        server.on("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalFeedServer.send(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                exchange.getResponseHeaders().set("Last-Modified", "Wed, 01 May 2024 10:00:00 GMT");
                LocalFeedServer.send(exchange, 200, "application/atom+xml", ATOM);
            }
        });
        try (FeedFetcher fetcher = fetcher()) {
            FetchResult first = fetcher.fetch(server.url("/feed"), null, null);
            assertThat(first.notModified()).isFalse();
            assertThat(first.body()).isEqualTo(ATOM);
            assertThat(first.etag()).isEqualTo("\"v1\"");

            FetchResult second = fetcher.fetch(server.url("/feed"), first.etag(), first.lastModified());
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isNull();
            assertThat(server.requests.get(1).getFirst("If-Modified-Since")).isEqualTo("Wed, 01 May 2024 10:00:00 GMT");
        }
    }

    @Test
    void decodesGzip() {
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalFeedServer.send(exchange, 200, "application/atom+xml", gzip(ATOM));
        });
        try (FeedFetcher fetcher = fetcher()) {
            assertThat(fetcher.fetch(server.url("/gz"), null, null).body()).isEqualTo(ATOM);
        }
    }

    @Test
    void refusesA50MegabyteFeedWhileStreaming() {
        server.on("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss version=\"2.0\"><channel><title>huge</title>".getBytes());
                byte[] item = "<item><title>x</title><link>https://x.example/</link><description>filler filler filler</description></item>\n".getBytes();
                for (long written = 0; written < 50L * 1024 * 1024; written += item.length) {
                    out.write(item);
                }
                out.write("</channel></rss>".getBytes());
            }
        });
        try (FeedFetcher fetcher = fetcher()) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/huge"), null, null))
                    .isInstanceOf(FeedRejectedException.class)
                    .hasMessageContaining("larger than newsflow.feeds.max-bytes=10485760");
        }
    }

    @Test
    void refusesGzipBombAfterDecoding() {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        server.on("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalFeedServer.send(exchange, 200, "application/rss+xml", bomb);
        });
        try (FeedFetcher fetcher = fetcher()) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/bomb"), null, null))
                    .isInstanceOf(FeedRejectedException.class)
                    .hasMessageContaining("after decoding");
        }
    }

    @Test
    void refusesDeclaredContentLengthOverTheCap() {
        server.on("/big", exchange -> LocalFeedServer.send(exchange, 200, "application/rss+xml", new byte[4096]));
        try (FeedFetcher fetcher = new FeedFetcher(properties(2048, Duration.ofSeconds(5), List.of("127.0.0.1")))) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/big"), null, null))
                    .isInstanceOf(FeedRejectedException.class).hasMessageContaining("4096 bytes declared");
        }
    }

    @Test
    void timesOutOnAServerThatNeverAnswers() {
        server.on("/slow", exchange -> {
            try {
                Thread.sleep(10_000); // the server under test is slow on purpose
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalFeedServer.send(exchange, 200, "application/atom+xml", ATOM);
        });
        try (FeedFetcher fetcher = new FeedFetcher(properties(1 << 20, Duration.ofMillis(500), List.of("127.0.0.1")))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"), null, null))
                    .isInstanceOf(FeedFetchException.class).hasMessageContaining("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void timesOutOnABodyThatTrickles() {
        server.on("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write('<');
                out.flush();
                try {
                    Thread.sleep(100); // one byte every 100 ms: never finishes within the deadline
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        try (FeedFetcher fetcher = new FeedFetcher(properties(1 << 20, Duration.ofMillis(800), List.of("127.0.0.1")))) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/trickle"), null, null))
                    .isInstanceOf(FeedFetchException.class).hasMessageContaining("timed out");
        }
    }

    @Test
    void refusesRedirectToCloudMetadataAddress() {
        server.on("/meta", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            LocalFeedServer.send(exchange, 302, null, new byte[0]);
        });
        try (FeedFetcher fetcher = fetcher()) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/meta"), null, null))
                    .isInstanceOf(FeedRejectedException.class)
                    .hasMessageContaining("non-public address 169.254.169.254");
        }
    }

    @Test
    void refusesRedirectToLoopbackWhenOnlyTheFirstHostIsAllowed() {
        server.on("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", server.url("/feed").toString());
            LocalFeedServer.send(exchange, 301, null, new byte[0]);
        });
        try (FeedFetcher fetcher = new FeedFetcher(properties(1 << 20, Duration.ofSeconds(5), List.of("localhost")))) {
            assertThatThrownBy(() -> fetcher.fetch(server.localhostUrl("/loop"), null, null))
                    .isInstanceOf(FeedRejectedException.class)
                    .hasMessageContaining("non-public address 127.0.0.1");
        }
    }

    @Test
    void followsRedirectsUpToTheCap() {
        server.on("/feed", exchange -> LocalFeedServer.send(exchange, 200, "application/atom+xml", ATOM));
        server.on("/r", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().set("Location", n == 0 ? "/feed" : "/r?" + (n - 1));
            LocalFeedServer.send(exchange, 302, null, new byte[0]);
        });
        try (FeedFetcher fetcher = fetcher()) {
            FetchResult ok = fetcher.fetch(server.url("/r?2"), null, null);
            assertThat(ok.finalUrl()).isEqualTo(server.url("/feed"));
            assertThatThrownBy(() -> fetcher.fetch(server.url("/r?5"), null, null))
                    .isInstanceOf(FeedRejectedException.class).hasMessageContaining("more than 3 redirects");
        }
    }

    /**
     * DNS rebinding: the guard's lookup and the connection must see the same answer. The host name exists only in the
     * guard's resolver, so a client that looked it up again would fail; the fetch goes to the approved address and
     * names the host in {@code Host}, and every redirect hop is looked up and checked again.
     */
    @Test
    void connectsToTheAddressItCheckedAndChecksEveryHopAgain() throws Exception {
        server.on("/feed", exchange -> LocalFeedServer.send(exchange, 200, "application/atom+xml", ATOM));
        server.on("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/feed");
            LocalFeedServer.send(exchange, 302, null, new byte[0]);
        });
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        java.net.InetAddress loopback = java.net.InetAddress.getByName("127.0.0.1");
        java.net.InetAddress metadata = java.net.InetAddress.getByName("169.254.169.254");
        AddressGuard.Resolver rebinding = host -> {
            assertThat(host).isEqualTo("feeds.rebind.invalid");
            // the second answer of this name points at the cloud metadata service
            return new java.net.InetAddress[] {lookups.incrementAndGet() % 2 == 1 ? loopback : metadata};
        };
        int port = server.url("/").getPort();
        FeedProperties properties = properties(1 << 20, Duration.ofSeconds(5), List.of("127.0.0.1"));
        try (FeedFetcher fetcher = new FeedFetcher(properties, new AddressGuard(false, List.of("127.0.0.1"), rebinding))) {
            FetchResult direct = fetcher.fetch(java.net.URI.create("http://feeds.rebind.invalid:" + port + "/feed"), null, null);
            assertThat(direct.body()).isEqualTo(ATOM);
            assertThat(direct.finalUrl()).hasToString("http://feeds.rebind.invalid:" + port + "/feed");
            assertThat(server.requests.get(0).getFirst("Host")).isEqualTo("feeds.rebind.invalid:" + port);
            assertThat(lookups).hasValue(1);

            lookups.set(0);
            assertThatThrownBy(() -> fetcher.fetch(java.net.URI.create("http://feeds.rebind.invalid:" + port + "/moved"), null, null))
                    .isInstanceOf(FeedRejectedException.class)
                    .hasMessageContaining("http://feeds.rebind.invalid:" + port + "/feed")
                    .hasMessageContaining("non-public address 169.254.169.254");
            assertThat(lookups).hasValue(2);
            assertThat(server.requests).hasSize(2); // the metadata address was never asked
        }
    }

    @Test
    void pinnedUrlKeepsPortPathAndQueryAsSent() throws Exception {
        java.net.URI feed = java.net.URI.create("http://user@feeds.example:8080/a%20b/rss?x=%2F&y=1#frag");
        assertThat(FeedFetcher.pinned(feed, java.net.InetAddress.getByName("203.0.113.7")))
                .hasToString("http://203.0.113.7:8080/a%20b/rss?x=%2F&y=1");
        assertThat(FeedFetcher.pinned(java.net.URI.create("http://feeds.example"), java.net.InetAddress.getByName("2001:db8::1")))
                .hasToString("http://[2001:db8:0:0:0:0:0:1]/");
    }

    @Test
    void refusesLoopbackFeedUnlessAllowed() {
        try (FeedFetcher fetcher = new FeedFetcher(properties(1 << 20, Duration.ofSeconds(5), List.of()))) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/feed"), null, null))
                    .isInstanceOf(FeedRejectedException.class).hasMessageContaining("non-public address 127.0.0.1");
        }
    }

    @Test
    void reportsHttpErrorsAsFetchFailures() {
        server.on("/gone", exchange -> LocalFeedServer.send(exchange, 503, "text/plain", "busy".getBytes()));
        try (FeedFetcher fetcher = fetcher()) {
            assertThatThrownBy(() -> fetcher.fetch(server.url("/gone"), null, null))
                    .isInstanceOf(FeedFetchException.class).hasMessageStartingWith("HTTP 503");
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
