package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import com.sun.net.httpserver.HttpServer;

import io.newsflow.ingest.dedup.FingerprintStore;
import io.newsflow.ingest.dedup.NearDuplicateDetector;
import io.newsflow.ingest.intake.IngestProperties;
import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.Article;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;
import io.newsflow.model.Topics;

/** ingest-service against a real Kafka from local-stack and a real feed server on 127.0.0.1. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestIT {

    private static final String BODY = "Acme said on Wednesday that it had agreed to buy Widgets and Co for $1.2 billion "
            + "in cash, its largest acquisition in a decade and a bet that demand for industrial sensors keeps growing.\n\n"
            + "The deal, which still needs approval from regulators in Brussels and Washington, is expected to close "
            + "in the autumn. Widgets shareholders will receive $42 a share, a premium of 30% to Tuesday's close.\n\n"
            + "Acme chief executive Maria Lopez said the combined company would sell sensors in more than 40 countries.";
    private static final String FEED_BODY = "The European Commission opened an investigation into Globex on Monday over "
            + "claims that it favoured its own shopping service in search results.\n\n"
            + "Regulators in Brussels said the company could face a fine of up to 10% of its annual turnover if the "
            + "claims were confirmed. Globex said it would cooperate fully with the inquiry.";
    private static HttpServer feedServer;
    private static volatile int feedVersion = 1;

    @LocalServerPort
    int port;
    @Autowired
    KafkaProperties kafkaProperties;
    @Autowired
    EventPublisher publisher;
    @Autowired
    IngestProperties ingestProperties;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStack.shared().kafkaBootstrapServers());
        registry.add("newsflow.feeds.allowed-hosts", () -> "127.0.0.1");
        registry.add("newsflow.topics.retries", () -> "1");
        registry.add("newsflow.topics.retry-backoff", () -> "100ms");
    }

    @BeforeAll
    static void startFeedServer() throws IOException {
        feedServer = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/rss.xml", exchange -> {
            try (exchange) {
                String etag = "\"v" + feedVersion + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = rss().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        feedServer.createContext("/xxe.xml", exchange -> {
            try (exchange; var in = IngestIT.class.getResourceAsStream("/feeds/xxe.xml")) {
                byte[] body = in.readAllBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        feedServer.start();
    }

    @AfterAll
    static void stopFeedServer() {
        feedServer.stop(0);
    }

    private static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Integration Gazette</title><link>https://gazette.example/</link><description>d</description>
                    <item><title>EU &lt;b&gt;opens&lt;/b&gt; Globex inquiry</title><link>/2024/globex-inquiry?utm_source=rss</link>
                      <pubDate>Wed, 01 May 2024 10:15:00 EDT</pubDate>
                      <content:encoded><![CDATA[%s]]></content:encoded></item>
                  </channel>
                </rss>""".formatted("<p>" + FEED_BODY.replace("\n\n", "</p><p>") + "</p><script>x()</script>");
    }

    private String feedUrl(String path) {
        return "http://127.0.0.1:" + feedServer.getAddress().getPort() + path;
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, "application/json");
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String bootstrap() {
        return LocalStack.shared().kafkaBootstrapServers();
    }

    @Test
    void feedRegisteredThroughTheApiProducesNormalisedArticles() throws Exception {
        HttpResponse<String> created = post("/api/feeds", "{\"id\":\"gazette\",\"url\":\"" + feedUrl("/rss.xml") + "\",\"pollInterval\":\"1h\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        try (TopicReader articles = new TopicReader(bootstrap(), Topics.ARTICLES)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(articles.values(Article.class))
                    .anySatisfy(a -> {
                        assertThat(a.url()).isEqualTo(feedUrl("/2024/globex-inquiry"));
                        assertThat(a.title()).isEqualTo("EU opens Globex inquiry");
                        assertThat(a.body()).isEqualTo(FEED_BODY);
                        assertThat(a.duplicateOf()).isNull();
                        assertThat(a.source()).isEqualTo("Integration Gazette");
                        assertThat(a.published()).isEqualTo(java.time.Instant.parse("2024-05-01T14:15:00Z"));
                        assertThat(a.language()).isEqualTo("en");
                    }));
        }
        JsonNode health = json(post("/api/feeds/gazette/poll", ""));
        assertThat(health.get("notModified").asLong()).isEqualTo(1);
        assertThat(health.get("itemsSeen").asLong()).isEqualTo(1);
        assertThat(health.get("itemsNew").asLong()).isEqualTo(1);
        assertThat(health.get("lastSuccess").isNull()).isFalse();
    }

    @Test
    void postedBatchIsAcceptedDeduplicatedAndBadArticlesAreDeadLettered() throws Exception {
        var items = java.util.List.of(
                Map.of("id", "it-orig", "source", "Wire", "url", "https://wire.example/acme", "published", "2024-05-01T10:00:00Z",
                        "language", "en", "title", "Acme to buy Widgets", "body", BODY, "gold", Map.of("thread", "x")),
                Map.of("id", "it-copy", "source", "Echo", "url", "https://echo.example/acme", "published", "2024-05-01T11:00:00Z",
                        "title", "Acme strikes deal for Widgets", "body", BODY + " Shares of Acme fell 2% in early trading."),
                Map.of("id", "it-bad", "url", "not a url", "title", " ", "body", "x"));
        String batch = EventJson.mapper().writeValueAsString(items);
        HttpResponse<String> response = post("/api/articles", batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("accepted").asLong()).isEqualTo(1);
        assertThat(answer.get("duplicate").asLong()).isEqualTo(1);
        assertThat(answer.get("rejected").asLong()).isEqualTo(1);
        assertThat(answer.get("results").get(1).get("duplicateOf").asString()).isEqualTo("it-orig");
        assertThat(answer.get("results").get(2).get("problems").toString()).contains("title: must not be blank").contains("url:");

        try (TopicReader articles = new TopicReader(bootstrap(), Topics.ARTICLES);
             TopicReader dead = new TopicReader(bootstrap(), Topics.deadLetterTopicOf(Topics.RAW_ITEMS))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(articles.values(Article.class)).extracting(Article::id, Article::duplicateOf)
                        .contains(org.assertj.core.groups.Tuple.tuple("it-orig", null), org.assertj.core.groups.Tuple.tuple("it-copy", "it-orig"));
                assertThat(dead.values(DeadLetter.class)).anySatisfy(d -> {
                    assertThat(d.key()).isEqualTo("it-bad");
                    assertThat(d.reason()).contains("title: must not be blank");
                    assertThat(d.service()).isEqualTo("ingest-service");
                });
            });
        }

        HttpResponse<String> again = post("/api/articles", EventJson.mapper().writeValueAsString(items.get(0)));
        assertThat(json(again).get("results").get(0).get("status").asString()).isEqualTo("unchanged");

        // a fresh instance (or a restart) learns the state from the compacted fingerprint topic
        NearDuplicateDetector fresh = NearDuplicateDetector.inMemory();
        FingerprintStore store = new FingerprintStore(fresh, publisher, kafkaProperties.buildConsumerProperties(),
                ingestProperties.fingerprintTopic(), Duration.ofSeconds(30));
        store.start();
        try {
            assertThat(fresh.remembered("it-orig")).isNotNull();
            assertThat(fresh.remembered("it-copy").duplicateOf()).isEqualTo("it-orig");
        } finally {
            store.stop();
        }
    }

    @Test
    void poisonInputProducesDeadLettersWithReasons() throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_ITEMS, "poison-1", "{not json")).get();
            producer.send(new ProducerRecord<>(Topics.RAW_ITEMS, "poison-2",
                    "{\"schemaVersion\":1,\"origin\":\"feed\",\"url\":\"https://x.example/p\",\"title\":\"T\",\"content\":\"B\",\"published\":\"someday\"}")).get();
        }
        HttpResponse<String> notJson = post("/api/articles", "[{\"id\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("error").asString()).contains("not valid JSON");
        // in JSON lines, a line that is not JSON is rejected on its own
        String goodLine = EventJson.mapper().writeValueAsString(Map.of("id", "it-line-1", "url", "https://lines.example/1",
                "title", "Lines are parsed one by one", "body", "A good line among bad ones."));
        HttpResponse<String> lines = post("/api/articles", goodLine + "\n{\"id\":\"it-line-2\", broken\n", "application/x-ndjson");
        assertThat(lines.statusCode()).as(lines.body()).isEqualTo(202);
        assertThat(json(lines).get("results").get(0).get("status").asString()).isEqualTo("accepted");
        assertThat(json(lines).get("results").get(1).get("problems").get(0).asString()).startsWith("line 2 is not valid JSON");

        // more articles than newsflow.ingest.max-batch-articles: the request is refused as a whole, and recorded
        int tooMany = ingestProperties.maxBatchArticles() + 1;
        String manyLines = IntStream.range(0, tooMany)
                .mapToObj(i -> "{\"id\":\"it-many-" + i + "\"}").collect(Collectors.joining("\n"));
        HttpResponse<String> many = post("/api/articles", manyLines, "application/x-ndjson");
        assertThat(many.statusCode()).as(many.body()).isEqualTo(413);
        assertThat(json(many).get("error").asString()).contains(tooMany + " articles in one request");

        // a body over newsflow.security.max-request-bytes is refused by the shared filter before a byte is read: it
        // is recorded too. A raw request, so that the client does not send the body it declares
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-ndjson\r\nContent-Length: 2000000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }

        HttpResponse<String> xxeFeed = post("/api/feeds", "{\"id\":\"evil\",\"url\":\"" + feedUrl("/xxe.xml") + "\"}");
        assertThat(xxeFeed.statusCode()).isEqualTo(201);
        // a body that is not a registration at all: a 400 that says so, and a dead letter with what was posted
        HttpResponse<String> brokenFeed = post("/api/feeds", "{\"url\": \"https://broken.example/feed.xml\"");
        assertThat(brokenFeed.statusCode()).as(brokenFeed.body()).isEqualTo(400);
        assertThat(json(brokenFeed).get("error").asString()).startsWith("expected a JSON object such as");
        HttpResponse<String> emptyFeed = post("/api/feeds", "");
        assertThat(emptyFeed.statusCode()).as(emptyFeed.body()).isEqualTo(400);
        assertThat(json(emptyFeed).get("error").asString()).endsWith("got an empty body");
        HttpResponse<String> metadata = post("/api/feeds", "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");
        assertThat(metadata.statusCode()).isEqualTo(400);
        assertThat(json(metadata).get("error").asString()).contains("non-public address 169.254.169.254");

        try (TopicReader dead = new TopicReader(bootstrap(), Topics.deadLetterTopicOf(Topics.RAW_ITEMS))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(dead.values(DeadLetter.class))
                    .anySatisfy(d -> assertThat(d.key()).isEqualTo("poison-1"))
                    .anySatisfy(d -> {
                        assertThat(d.key()).isEqualTo("poison-2");
                        assertThat(d.reason()).contains("published: cannot read \"someday\"");
                    })
                    .anySatisfy(d -> assertThat(d.reason()).contains("not valid JSON"))
                    .anySatisfy(d -> {
                        assertThat(d.reason()).contains(tooMany + " articles in one request");
                        assertThat(d.payload()).startsWith("{\"id\":\"it-many-0\"}");
                    })
                    .anySatisfy(d -> {
                        assertThat(d.reason()).contains("line 2 is not valid JSON");
                        assertThat(d.payload()).isEqualTo("{\"id\":\"it-line-2\", broken");
                    })
                    .anySatisfy(d -> {
                        assertThat(d.key()).isEqualTo("evil");
                        assertThat(d.reason()).contains("DOCTYPE");
                    })
                    .anySatisfy(d -> {
                        assertThat(d.reason()).startsWith("feed registration refused: expected a JSON object");
                        assertThat(d.payload()).isEqualTo("{\"url\": \"https://broken.example/feed.xml\"");
                    })
                    .anySatisfy(d -> assertThat(d.reason()).endsWith("got an empty body"))
                    .anySatisfy(d -> {
                        assertThat(d.reason()).startsWith("POST /api/articles: request body too large: 2000000000 bytes");
                        assertThat(d.payload()).isNull();
                    })
                    .anySatisfy(d -> assertThat(d.reason()).contains("169.254.169.254")));
        }
        JsonNode evil = json(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds/evil")).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(evil.get("lastErrorMessage").asString()).contains("DOCTYPE");
        assertThat(evil.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return EventJson.mapper().readTree(response.body());
    }
}
