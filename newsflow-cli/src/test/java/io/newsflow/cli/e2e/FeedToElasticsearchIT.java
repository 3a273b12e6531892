package io.newsflow.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.newsflow.cli.stack.Pipeline;
import io.newsflow.cli.stack.Service;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.ArticleIds;
import io.newsflow.model.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * A feed served by a local HTTP server, registered through ingest's feed API, flows through Kafka, the tagger and
 * the indexer into Elasticsearch, where its items are searchable with entities.
 */
class FeedToElasticsearchIT {

    private static final String ALIAS = "e2e_feed_articles";
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Lakeside Business Wire</title>
                <link>http://127.0.0.1/</link>
                <description>Test feed</description>
                <item>
                  <title>Corvane Foods to shut its Dublin bakery and cut 300 jobs</title>
                  <link>/news/corvane-dublin?utm_source=rss</link>
                  <dc:creator>Aoife Brennan</dc:creator>
                  <pubDate>Tue, 03 Nov 2026 09:15:00 GMT</pubDate>
                  <description><![CDATA[<p>Corvane Foods said on Tuesday it will close its <b>Dublin</b> bakery
                    by March and cut 300 jobs.</p><p>Chief executive Martin Kessler said demand had fallen 18% since 2024.</p>]]></description>
                </item>
                <item>
                  <title>Ostrava Motors opens its first plant in Mexico</title>
                  <link>/news/ostrava-mexico</link>
                  <pubDate>Wed, 04 Nov 2026 14:00:00 +0100</pubDate>
                  <description>Ostrava Motors will spend $1.2 billion on a plant in Monterrey, its first outside Europe, the company said.</description>
                </item>
                <item>
                  <title>Brightlane Bank fined £45 million by regulator</title>
                  <link>/news/brightlane-fine</link>
                  <pubDate>Thu, 05 Nov 2026 08:00:00 GMT</pubDate>
                  <description>The Financial Conduct Authority fined Brightlane Bank £45 million over failures in its London call centres.</description>
                </item>
              </channel>
            </rss>
            """;

    private static HttpServer feedServer;
    private static Pipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.createContext("/feed.xml", exchange -> {
            byte[] body = RSS.strip().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feedServer.start();
        LocalStack servers = LocalStack.shared();
        // The feed lives on loopback, which the SSRF guard refuses unless allowed explicitly.
        pipeline = EndToEndScenario.startServices(servers.kafkaBootstrapServers(), servers.elasticsearchUrl(), ALIAS,
                "e2e-feed-logs", Map.of("newsflow.feeds.allowed-hosts", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (feedServer != null) {
            feedServer.stop(0);
        }
    }

    @Test
    void feedRegisteredThroughTheApiEndsUpSearchableInElasticsearch() throws Exception {
        String base = "http://127.0.0.1:" + feedServer.getAddress().getPort();
        HttpResponse<String> registered = EndToEndScenario.post(pipeline.url(Service.INGEST) + "/api/feeds",
                "{\"id\":\"lakeside\",\"url\":\"" + base + "/feed.xml\",\"pollInterval\":\"30s\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        // Relative links resolve against the feed URL; tracking parameters are dropped before the id is derived.
        List<String> ids = List.of(ArticleIds.forUrl(base + "/news/corvane-dublin"),
                ArticleIds.forUrl(base + "/news/ostrava-mexico"), ArticleIds.forUrl(base + "/news/brightlane-fine"));
        String es = LocalStack.shared().elasticsearchUrl();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(EndToEndScenario.count(es, ALIAS, "{\"query\":{\"ids\":{\"values\":" + EventJson.toJson(ids) + "}}}"))
                        .isEqualTo(3));

        JsonNode article = EventJson.mapper().readTree(EndToEndScenario.get(pipeline.url(Service.INDEX) + "/api/articles/"
                + URLEncoder.encode(ids.get(0), StandardCharsets.UTF_8)).body());
        assertThat(article.path("title").asString()).isEqualTo("Corvane Foods to shut its Dublin bakery and cut 300 jobs");
        assertThat(article.path("body").asString()).doesNotContain("<p>", "<b>").contains("close its Dublin bakery");
        assertThat(article.path("published").asString()).isEqualTo("2026-11-03T09:15:00Z");
        assertThat(article.path("entities").toString()).contains("\"text\":\"Dublin\",\"type\":\"LOCATION\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(EndToEndScenario.get(pipeline.url(Service.INDEX) + "/api/search?q=Monterrey").body())
                        .contains(ids.get(1)));
    }
}
