package io.newsflow.index.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.newsflow.index.IndexApplication;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.EventJson;
import io.newsflow.model.TaggedArticle;
import tools.jackson.databind.JsonNode;

/** The HTTP API against a real Elasticsearch holding {@link ApiFixtures}. */
@SpringBootTest(classes = IndexApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIT {

    private static final String ALIAS = "it_api_" + UUID.randomUUID().toString().substring(0, 8);
    private static IndexSchema indexed;

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private IndexSchema schema;
    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStack.shared();
        registry.add("spring.kafka.bootstrap-servers", stack::kafkaBootstrapServers);
        registry.add("spring.elasticsearch.uris", stack::elasticsearchUrl);
        registry.add("spring.kafka.consumer.group-id", () -> ALIAS + "-group");
        registry.add("newsflow.index.alias", () -> ALIAS);
    }

    @BeforeEach
    void indexFixturesOnce() throws Exception {
        if (indexed != null) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (TaggedArticle a : ApiFixtures.articles()) {
            bulk.operations(op -> op.index(i -> i.index(schema.writeAlias()).id(a.id()).document(schema.toDocument(a))));
        }
        assertThat(elasticsearch.bulk(bulk.build()).errors()).isFalse();
        indexed = schema;
    }

    @AfterAll
    static void dropIndex() {
        if (indexed != null) {
            indexed.deleteAll();
        }
    }

    @Test
    void searchHighlightsMatchesAndHidesNearDuplicates() throws Exception {
        JsonNode body = getOk("/api/search?q=" + enc("Orbit Robotics"));

        assertThat(ids(body.get("hits"))).containsExactlyInAnyOrder("deal-1", "deal-2", "deal-3");
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("hits").get(0).get("highlights").get("title").get(0).asText()).contains("<em>Orbit</em>");
    }

    @Test
    void highlightsEscapeMarkupInArticleText() throws Exception {
        TaggedArticle hostile = ApiFixtures.article("markup-1", "Wire Desk", "2026-03-01T10:00:00Z",
                "Zephyrqux ships a widget", "The page said <script>alert(1)</script> next to Zephyrqux & co.",
                List.of(), List.of(), null);
        elasticsearch.index(i -> i.index(schema.writeAlias()).id(hostile.id()).document(schema.toDocument(hostile))
                .refresh(Refresh.True));

        try {
            JsonNode hit = getOk("/api/search?q=Zephyrqux").get("hits").get(0);

            String fragment = hit.get("highlights").get("body").get(0).asText();
            assertThat(fragment).contains("&lt;script&gt;", "<em>Zephyrqux</em>", "&amp;").doesNotContain("<script>");
        } finally {
            // Other tests count the fixtures: leave the index as they expect it.
            elasticsearch.delete(d -> d.index(schema.writeAlias()).id(hostile.id()).refresh(Refresh.True));
        }
    }

    @Test
    void searchListsNearDuplicatesWhenAsked() throws Exception {
        JsonNode body = getOk("/api/search?q=" + enc("Orbit Robotics") + "&includeDuplicates=true");

        assertThat(ids(body.get("hits"))).contains("deal-1-copy");
    }

    @Test
    void searchFiltersByEntityTagSourceAndDate() throws Exception {
        assertThat(ids(getOk("/api/search?entity=" + enc("vela motors") + "&entityType=organization").get("hits")))
                .containsExactlyInAnyOrder("deal-1", "deal-2", "deal-3", "vela-cuts");
        assertThat(ids(getOk("/api/search?tag=regulatory-action").get("hits"))).containsExactly("deal-2");
        assertThat(ids(getOk("/api/search?source=" + enc("Lakeside Wire")).get("hits"))).containsExactly("bank-round");
        assertThat(ids(getOk("/api/search?from=2024-02-06&to=2024-02-08").get("hits")))
                .containsExactly("bank-round", "deal-2");
        assertThat(ids(getOk("/api/search?entity=Mara+Lind&entityType=ORGANIZATION").get("hits"))).isEmpty();
    }

    @Test
    void searchCountsFacetsOverAllMatchesAndPaginates() throws Exception {
        JsonNode body = getOk("/api/search?size=2&page=2");

        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(ids(body.get("hits"))).containsExactly("deal-2", "deal-1");
        assertThat(facet(body, "organizations", "Vela Motors")).isEqualTo(4);
        assertThat(facet(body, "tags", "acquisition")).isEqualTo(3);
        assertThat(facet(body, "sources", "Harbor Street Journal")).isEqualTo(2);
    }

    @Test
    void searchRejectsInvalidParametersWithEveryProblem() throws Exception {
        HttpResponse<String> response = get("/api/search?tag=bogus&page=0&from=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problems = EventJson.mapper().readTree(response.body()).get("problems");
        assertThat(problems.toString()).contains("'tag'").contains("'page'").contains("'from'");
        assertThat(get("/api/search?size=abc").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?size=101").statusCode()).isEqualTo(400);
    }

    @Test
    void articleByIdOr404() throws Exception {
        assertThat(getOk("/api/articles/deal-2").get("title").asText()).startsWith("Regulators open review");
        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no article with id 'nope'");
    }

    @Test
    void relatedRanksTheStoryAboveTheSameCompanyDistractorWithoutSelfOrCopies() throws Exception {
        JsonNode related = getOk("/api/articles/deal-1/related?size=3").get("related");

        assertThat(ids(related)).doesNotContain("deal-1", "deal-1-copy");
        assertThat(ids(related).subList(0, 2)).containsExactlyInAnyOrder("deal-2", "deal-3");
        assertThat(ids(related)).endsWith("vela-cuts");
        JsonNode why = related.get(0).get("why");
        assertThat(why.get("sharedEntities").toString()).contains("Orbit Robotics");
        assertThat(why.get("sharedTags").toString()).contains("acquisition");
        assertThat(why.get("textSimilarity").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void relatedOfACopyExcludesItsOriginal() throws Exception {
        assertThat(ids(getOk("/api/articles/deal-1-copy/related?size=5").get("related")))
                .doesNotContain("deal-1", "deal-1-copy").contains("deal-2", "deal-3");
        assertThat(get("/api/articles/nope/related").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/deal-1/related?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void trendsCountArticlesPerIntervalWithoutCopies() throws Exception {
        JsonNode trend = getOk("/api/trends?tag=acquisition&interval=month");

        assertThat(trend.get("buckets").get(0).get("start").asText()).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(trend.get("buckets").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(trend.get("buckets").get(1).get("count").asLong()).isEqualTo(1);
        assertThat(getOk("/api/trends?entity=VELA+MOTORS&interval=year").get("buckets").size()).isEqualTo(3);
        assertThat(get("/api/trends?interval=fortnight").statusCode()).isEqualTo(400);
    }

    @Test
    void briefingGroupsTheWeeksShiftsByStoryWithSourceLinks() throws Exception {
        JsonNode briefing = getOk("/api/briefing?week=2024-W06");

        JsonNode stories = briefing.get("stories");
        assertThat(stories.size()).isEqualTo(2);
        assertThat(ids(stories.get(0).get("articles"))).containsExactly("deal-1", "deal-2");
        assertThat(stories.get(0).get("entities").toString()).contains("Vela Motors", "Orbit Robotics");
        assertThat(stories.get(0).get("articles").get(0).get("alsoReportedBy").get(0).get("source").asText())
                .isEqualTo("Lakeside Wire");
        assertThat(ids(stories.get(1).get("articles"))).containsExactly("bank-round");
        assertThat(get("/api/briefing?week=2024-W60").statusCode()).isEqualTo(400);
        assertThat(get("/api/briefing").statusCode()).isEqualTo(400);
    }

    @Test
    void servesTheOpenApiDescription() throws Exception {
        JsonNode paths = getOk("/v3/api-docs").get("paths");

        assertThat(paths.has("/api/search")).isTrue();
        assertThat(paths.has("/api/articles/{id}/related")).isTrue();
        assertThat(paths.has("/api/briefing")).isTrue();
    }

    private JsonNode getOk(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static long facet(JsonNode body, String facet, String value) {
        for (JsonNode v : body.get("facets").get(facet)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
