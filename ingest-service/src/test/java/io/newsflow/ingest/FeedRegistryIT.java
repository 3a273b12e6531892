package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import com.sun.net.httpserver.HttpServer;

import io.newsflow.localstack.LocalStack;
import io.newsflow.model.EventJson;

/** The feed registry survives a restart through its compacted topic, on a real Kafka from local-stack. */
class FeedRegistryIT {

    private static HttpServer feedServer;
    private static final AtomicInteger fetches = new AtomicInteger();
    private static final AtomicInteger conditionalFetches = new AtomicInteger();
    /** The feed document with a second entry and a new ETag. */
    private static final java.util.concurrent.atomic.AtomicBoolean secondEdition = new java.util.concurrent.atomic.AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    // a registry topic and consumer group of its own, so other ingest contexts in this JVM neither see nor poll these feeds
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startFeedServer() throws IOException {
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/registry.xml", exchange -> {
            try (exchange) {
                fetches.incrementAndGet();
                boolean edited = secondEdition.get();
                String etag = edited ? "\"registry-v2\"" : "\"registry-v1\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    conditionalFetches.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Registry Times</title><link>https://registry.example/</link>
                          <description>d</description>
                          <item><title>Registry survives restarts</title><link>https://registry.example/a</link>
                            <description>The feed registry is now kept on a compacted topic.</description></item>
                        </channel></rss>""".replace("</channel>", !edited ? "</channel>" : """
                          <item><title>Entries survive restarts too</title><link>https://registry.example/b</link>
                            <description>A restarted poller publishes only what is new.</description></item>
                        </channel>""").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
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

    private ConfigurableApplicationContext startIngest() {
        return new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + LocalStack.shared().kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=feed-registry-it-" + run,
                "--newsflow.feeds.registry-topic=feed-registry-it-" + run,
                "--newsflow.feeds.allowed-hosts=127.0.0.1");
    }

    @Test
    void feedsRegisteredThroughTheApiSurviveARestartWithTheirHealthAndValidators() throws Exception {
        String url = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/registry.xml";
        secondEdition.set(false);
        JsonNode beforeRestart;
        try (ConfigurableApplicationContext first = startIngest()) {
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"kept\",\"url\":\"" + url + "\",\"pollInterval\":\"1h\"}").statusCode()).isEqualTo(201);
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"resting\",\"url\":\"" + url + "\",\"paused\":true}").statusCode()).isEqualTo(201);
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"dropped\",\"url\":\"" + url + "\",\"paused\":true}").statusCode()).isEqualTo(201);
            assertThat(send(first, "DELETE", "/api/feeds/dropped", null).statusCode()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(feed(first, "kept").get("lastSuccess").isNull()).isFalse());
            beforeRestart = feed(first, "kept");
        }
        assertThat(beforeRestart.get("etag").asString()).isEqualTo("\"registry-v1\"");
        int fetchesBeforeRestart = fetches.get();

        try (ConfigurableApplicationContext second = startIngest()) {
            JsonNode feeds = EventJson.mapper().readTree(send(second, "GET", "/api/feeds", null).body());
            assertThat(feeds.findValuesAsString("id")).containsExactlyInAnyOrder("kept", "resting");
            assertThat(feed(second, "resting").get("paused").asBoolean()).isTrue();
            JsonNode kept = feed(second, "kept");
            assertThat(kept.get("pollInterval").asString()).isEqualTo("PT1H");
            // health, validators and the hourly schedule come back from the registry topic: no fetch at start-up
            for (String field : new String[] {"lastSuccess", "etag", "itemsSeen", "itemsNew", "nextPollAt"}) {
                assertThat(kept.get(field)).as(field).isEqualTo(beforeRestart.get(field));
            }
            assertThat(kept.get("polls").asLong()).as("polls count this instance's own").isZero();
            assertThat(fetches.get()).isEqualTo(fetchesBeforeRestart);

            int conditionalBefore = conditionalFetches.get();
            JsonNode polled = EventJson.mapper().readTree(send(second, "POST", "/api/feeds/kept/poll", "").body());
            assertThat(polled.get("notModified").asLong()).as("the restarted poller sends the kept ETag").isEqualTo(1);
            assertThat(conditionalFetches.get()).isEqualTo(conditionalBefore + 1);

            // the document changes: the entry published before the restart is known, only the new one goes out
            secondEdition.set(true);
            JsonNode edited = EventJson.mapper().readTree(send(second, "POST", "/api/feeds/kept/poll", "").body());
            assertThat(edited.get("etag").asString()).isEqualTo("\"registry-v2\"");
            assertThat(edited.get("itemsSeen").asLong()).isEqualTo(beforeRestart.get("itemsSeen").asLong() + 2);
            assertThat(edited.get("itemsNew").asLong()).isEqualTo(beforeRestart.get("itemsNew").asLong() + 1);
            assertThat(send(second, "GET", "/api/feeds/dropped", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void secondInstanceSeesTheSameRegistryAndEachFeedIsPolledByOneInstanceOnly() throws Exception {
        String url = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/registry.xml";
        try (ConfigurableApplicationContext a = startIngest(); ConfigurableApplicationContext b = startIngest()) {
            // wait until the consumer group has split the raw partitions between the two instances
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(rawPartitions(a)).isNotEmpty();
                assertThat(rawPartitions(b)).isNotEmpty().doesNotContainAnyElementsOf(rawPartitions(a));
            });
            for (String id : new String[] {"shared-1", "shared-2", "shared-3", "shared-4"}) {
                assertThat(send(a, "POST", "/api/feeds", "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"pollInterval\":\"1s\"}").statusCode()).isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(EventJson.mapper().readTree(send(b, "GET", "/api/feeds", null).body()).findValuesAsString("id"))
                            .contains("shared-1", "shared-2", "shared-3", "shared-4"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String id : new String[] {"shared-1", "shared-2", "shared-3", "shared-4"}) {
                    assertThat(feed(a, id).get("polls").asLong() + feed(b, id).get("polls").asLong()).as(id).isGreaterThanOrEqualTo(3);
                }
            });
            for (String id : new String[] {"shared-1", "shared-2", "shared-3", "shared-4"}) {
                long pollsA = feed(a, id).get("polls").asLong();
                long pollsB = feed(b, id).get("polls").asLong();
                assertThat(pollsA == 0 || pollsB == 0).as(id + " polled by both: " + pollsA + " and " + pollsB).isTrue();
                // the instance that does not poll the feed shows the poller's health, through the registry topic
                ConfigurableApplicationContext idle = pollsA == 0 ? a : b;
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(feed(idle, id).get("lastSuccess").isNull()).as(id).isFalse());
            }
        }
    }

    private static java.util.Collection<org.apache.kafka.common.TopicPartition> rawPartitions(ConfigurableApplicationContext app) {
        var container = app.getBean(org.springframework.kafka.config.KafkaListenerEndpointRegistry.class).getListenerContainer("raw-items");
        var assigned = container == null ? null : container.getAssignedPartitions();
        return assigned == null ? java.util.List.of() : assigned;
    }

    private JsonNode feed(ConfigurableApplicationContext app, String id) throws Exception {
        HttpResponse<String> response = send(app, "GET", "/api/feeds/" + id, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path, String json) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
