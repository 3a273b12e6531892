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
    private final HttpClient http = HttpClient.newHttpClient();
    // a registry topic and consumer group of its own, so other ingest contexts in this JVM neither see nor poll these feeds
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startFeedServer() throws IOException {
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/registry.xml", exchange -> {
            try (exchange) {
                fetches.incrementAndGet();
                byte[] body = """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Registry Times</title><link>https://registry.example/</link>
                          <description>d</description>
                          <item><title>Registry survives restarts</title><link>https://registry.example/a</link>
                            <description>The feed registry is now kept on a compacted topic.</description></item>
                        </channel></rss>""".getBytes(StandardCharsets.UTF_8);
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
    void feedsRegisteredThroughTheApiSurviveARestartAndArePolledAgain() throws Exception {
        String url = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/registry.xml";
        try (ConfigurableApplicationContext first = startIngest()) {
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"kept\",\"url\":\"" + url + "\",\"pollInterval\":\"1h\"}").statusCode()).isEqualTo(201);
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"resting\",\"url\":\"" + url + "\",\"paused\":true}").statusCode()).isEqualTo(201);
            assertThat(send(first, "POST", "/api/feeds", "{\"id\":\"dropped\",\"url\":\"" + url + "\",\"paused\":true}").statusCode()).isEqualTo(201);
            assertThat(send(first, "DELETE", "/api/feeds/dropped", null).statusCode()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(feed(first, "kept").get("lastSuccess").isNull()).isFalse());
        }
        int fetchesBeforeRestart = fetches.get();

        try (ConfigurableApplicationContext second = startIngest()) {
            JsonNode feeds = EventJson.mapper().readTree(send(second, "GET", "/api/feeds", null).body());
            assertThat(feeds.findValuesAsString("id")).containsExactlyInAnyOrder("kept", "resting");
            assertThat(feed(second, "resting").get("paused").asBoolean()).isTrue();
            assertThat(feed(second, "kept").get("pollInterval").asString()).isEqualTo("PT1H");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(feed(second, "kept").get("lastSuccess").isNull()).isFalse();
                assertThat(fetches.get()).isGreaterThan(fetchesBeforeRestart);
            });
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
