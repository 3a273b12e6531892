package io.newsflow.index.messaging;

import static io.newsflow.index.messaging.IndexingFixture.article;
import static io.newsflow.index.messaging.IndexingFixture.countWithPrefix;
import static io.newsflow.index.messaging.IndexingFixture.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.IndexApplication;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;
import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = IndexApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaggedArticleIndexingIT {

    private static final String ALIAS = "it_indexing_" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static IndexingFixture.DeadLetters deadLetters;
    private static String prefix;

    @Autowired
    private KafkaTemplate<String, Object> kafka;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStack.shared();
        registry.add("spring.kafka.bootstrap-servers", stack::kafkaBootstrapServers);
        registry.add("spring.elasticsearch.uris", stack::elasticsearchUrl);
        registry.add("spring.kafka.consumer.group-id", () -> ALIAS + "-group");
        registry.add("newsflow.index.alias", () -> ALIAS);
    }

    @BeforeAll
    static void readDeadLetters() {
        prefix = IndexingFixture.runPrefix("indexing");
        deadLetters = new IndexingFixture.DeadLetters(LocalStack.shared().kafkaBootstrapServers(), prefix);
    }

    @AfterAll
    static void closeDeadLetters() {
        deadLetters.close();
    }

    @Test
    void indexesEveryPublishedArticleOnceWithTheArticleIdAsDocumentId() throws Exception {
        String ids = prefix + "once-";
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            sends.add(kafka.send(Topics.TAGGED_ARTICLES, ids + i, article(ids + i, "Story " + i, 10)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(countWithPrefix(elasticsearch, ALIAS, ids)).isEqualTo(300));
        var doc = get(elasticsearch, ALIAS, ids + 42);
        assertThat(doc.id()).isEqualTo(ids + 42);
        assertThat(doc.version()).isEqualTo(10);
        assertThat(doc.source()).containsEntry("title", "Story 42");
        awaitNoLag();
        assertThat(countWithPrefix(elasticsearch, ALIAS, ids)).isEqualTo(300);
        assertThat(deadLetters.poll()).noneMatch(letter -> letter.key().startsWith(ids));
    }

    @Test
    void keepsTheNewerDocumentWhenAnOlderVersionIsRedelivered() throws Exception {
        String id = prefix + "versioned";
        kafka.send(Topics.TAGGED_ARTICLES, id, article(id, "Second revision", 20)).join();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(elasticsearch, ALIAS, id).found()).isTrue());

        kafka.send(Topics.TAGGED_ARTICLES, id, article(id, "First revision, redelivered late", 10)).join();
        awaitNoLag();

        var doc = get(elasticsearch, ALIAS, id);
        assertThat(doc.version()).isEqualTo(20);
        assertThat(doc.source()).containsEntry("title", "Second revision");
        assertThat(deadLetters.poll()).noneMatch(letter -> letter.key().equals(id));

        kafka.send(Topics.TAGGED_ARTICLES, id, article(id, "Third revision", 30)).join();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(get(elasticsearch, ALIAS, id).source()).containsEntry("title", "Third revision"));
    }

    @Test
    void deadLettersWhatElasticsearchRejectsAndIndexesTheRestOfTheBatch() throws Exception {
        String ids = prefix + "batch-";
        // A keyword longer than Lucene's 32766-byte term limit: valid by the contract, refused by the index.
        String hugeSource = "S".repeat(40_000);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TaggedArticle article = switch (i) {
                case 7 -> IndexingFixture.withSource(ids + i, "Story " + i, 1, hugeSource);
                case 13 -> article(ids + i, " ", 1);
                default -> article(ids + i, "Story " + i, 1);
            };
            sends.add(kafka.send(Topics.TAGGED_ARTICLES, article.id(), article));
        }
        try (var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                LocalStack.shared().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.TAGGED_ARTICLES, ids + "garbage",
                    "{\"id\": \"half a record".getBytes(StandardCharsets.UTF_8))).get();
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.poll())
                .filteredOn(letter -> letter.key().startsWith(ids)).hasSize(3));
        Map<String, DeadLetter> byKey = new java.util.HashMap<>();
        deadLetters.poll().stream().filter(l -> l.key().startsWith(ids)).forEach(l -> byKey.put(l.key(), l));

        assertThat(byKey.get(ids + 7).reason()).contains("immense term").contains("source");
        assertThat(byKey.get(ids + 7).exceptionClass()).endsWith("DocumentRejectedException");
        assertThat(byKey.get(ids + 7).service()).isEqualTo("index-service");
        assertThat(byKey.get(ids + 7).originalTopic()).isEqualTo(Topics.TAGGED_ARTICLES);
        assertThat(byKey.get(ids + 13).reason()).isEqualTo("title: must not be blank");
        assertThat(byKey.get(ids + "garbage").reason()).contains("Unexpected end-of-input");
        assertThat(byKey.get(ids + "garbage").payload()).isEqualTo("{\"id\": \"half a record");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(countWithPrefix(elasticsearch, ALIAS, ids)).isEqualTo(18));
        assertThat(get(elasticsearch, ALIAS, ids + 7).found()).isFalse();
    }

    @Test
    void healthShowsElasticsearchClusterHealthAndConsumerLag() throws Exception {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode health = health("");
            assertThat(health.path("components").path("elasticsearch").path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("elasticsearch").path("details").path("cluster_name").asString())
                    .isNotBlank();
            JsonNode consumer = health.path("components").path("kafkaConsumer");
            assertThat(consumer.path("status").asString()).isEqualTo("UP");
            assertThat(consumer.path("details").path("listenersRunning").asBoolean()).isTrue();
            assertThat(consumer.path("details").path("lag").isNumber()).isTrue();
            assertThat(consumer.path("details").path("group").asString()).isEqualTo(ALIAS + "-group");
        });
    }

    private void awaitNoLag() {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(health("/kafkaConsumer").path("details").path("lag").asLong(-1)).isZero());
    }

    private JsonNode health(String component) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health" + component)).build(),
                HttpResponse.BodyHandlers.ofString());
        return io.newsflow.model.EventJson.mapper().readTree(response.body());
    }
}
