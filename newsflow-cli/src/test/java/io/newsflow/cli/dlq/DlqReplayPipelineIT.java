package io.newsflow.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.cli.stack.Pipeline;
import io.newsflow.cli.stack.RepoPaths;
import io.newsflow.cli.stack.Service;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Replaying dead letters through the real running pipeline does not duplicate: an article already indexed, whose raw
 * item and normalised article are both dead-lettered and replayed twice (the second time with --force), is still one
 * document in Elasticsearch, not marked as a duplicate of anything, and ingest treats the re-delivered id as itself
 * (no duplicate flag, no new dead letter).
 */
class DlqReplayPipelineIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalStack servers;
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        servers = LocalStack.shared();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                ports.put(service, socket.getLocalPort());
            }
        }
        Path logs = Files.createDirectories(RepoPaths.root().resolve("newsflow-cli/target/dlq-replay-logs"));
        pipeline = Pipeline.start(RepoPaths.root(), servers.kafkaBootstrapServers(), servers.elasticsearchUrl(), ports, logs, Map.of());
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void replayedRawItemAndArticleAreIndexedOnceAndNotMarkedDuplicate() throws Exception {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "");
        String id = "dlq-" + token;
        // a raw item as a feed poll writes it (posted articles skip the raw topic: intake publishes them itself)
        RawFeedItem item = new RawFeedItem(Topics.SCHEMA_VERSION, "feed", "replay-test", id,
                "https://replay.example/2026/11/30/" + token, "https://replay.example/feed.xml", "Replay Test Wire",
                "Harbour authority " + token + " approves new ferry terminal",
                "The harbour authority approved a new ferry terminal on Monday. Officials said building work "
                        + "would start next spring and the terminal would open in two years.\n\nThe plan was backed by the city council.",
                "2026-11-30T09:00:00Z", "en", Instant.now());
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.RAW_ITEMS, "feed:replay-test", EventJson.toJson(item))).get();
        }
        String es = servers.elasticsearchUrl();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(countByToken(es, token)).isEqualTo(1));

        String bootstrap = servers.kafkaBootstrapServers();
        ConsumerRecord<String, byte[]> raw = onlyRecordMentioning(bootstrap, Topics.RAW_ITEMS, token);
        ConsumerRecord<String, byte[]> normalised = onlyRecordMentioning(bootstrap, Topics.ARTICLES, token);
        deadLetter(bootstrap, raw, "ingest-service");
        deadLetter(bootstrap, normalised, "tagger-service");

        assertThat(dlq(bootstrap, "replay", "--filter", token, "--yes")).contains("replayed=2");
        assertThat(dlq(bootstrap, "replay", "--filter", token, "--yes")).contains("nothing to replay", "already_replayed=2");
        assertThat(dlq(bootstrap, "replay", "--filter", token, "--yes", "--force")).contains("replayed=2");

        // Both article replays went through the tagger (1 + 2 tagged records). Ingest answers the replayed raw items
        // as unchanged re-deliveries of the same id: it neither dead-letters them nor publishes a copy.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(recordsMentioning(bootstrap, Topics.TAGGED_ARTICLES, token)).hasSizeGreaterThanOrEqualTo(3));
        for (ConsumerRecord<String, byte[]> record : recordsMentioning(bootstrap, Topics.ARTICLES, token)) {
            JsonNode json = EventJson.mapper().readTree(record.value());
            assertThat(record.key()).isEqualTo(id);
            assertThat(json.path("id").asString()).isEqualTo(id);
            assertThat(json.path("duplicateOf").isNull() || json.path("duplicateOf").isMissingNode())
                    .as("ingest must treat a re-delivered id as itself: %s", json).isTrue();
        }
        assertThat(recordsMentioning(bootstrap, Topics.deadLetterTopicOf(Topics.RAW_ITEMS), token)).hasSize(1);
        HTTP.send(HttpRequest.newBuilder(URI.create(es + "/articles/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(countByToken(es, token)).isEqualTo(1);
        JsonNode doc = EventJson.mapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(es + "/articles/_doc/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(doc.path("_source").path("duplicateOf").isNull() || doc.path("_source").path("duplicateOf").isMissingNode()).isTrue();
    }

    private static long countByToken(String es, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(es + "/articles/_count"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"match\":{\"title\":\"" + token + "\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? 0 : EventJson.mapper().readTree(response.body()).path("count").asLong();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsMentioning(String bootstrap, String topic, String token) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaScan scan = new KafkaScan(bootstrap)) {
            scan.readAll(List.of(topic), r -> {
                if (r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(token)) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    private static ConsumerRecord<String, byte[]> onlyRecordMentioning(String bootstrap, String topic, String token) {
        List<ConsumerRecord<String, byte[]>> found = recordsMentioning(bootstrap, topic, token);
        assertThat(found).as("records in %s", topic).hasSize(1);
        return found.get(0);
    }

    /** What a service's recoverer would have written had this record failed for a transient reason. */
    private static void deadLetter(String bootstrap, ConsumerRecord<String, byte[]> record, String service) throws Exception {
        DeadLetter letter = new DeadLetter(Topics.SCHEMA_VERSION, record.topic(), record.partition(), record.offset(),
                record.key(), new String(record.value(), StandardCharsets.UTF_8), "simulated outage while processing",
                IOException.class.getName(), service, Instant.now());
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()), record.key(), EventJson.toJson(letter))).get();
        }
    }

    private static String dlq(String bootstrap, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", bootstrap));
        int code = new DlqCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8), new BufferedReader(new StringReader("")),
                Clock.systemUTC()).run(all);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        return out;
    }
}
