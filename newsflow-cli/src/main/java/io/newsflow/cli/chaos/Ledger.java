package io.newsflow.cli.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;
import io.newsflow.model.Topics;

/**
 * Where articles ended up: the documents in Elasticsearch (plain HTTP against the {@code articles} alias) and the
 * letters on the three dead-letter topics (read from the beginning, committed records only).
 */
final class Ledger {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ALIAS = "articles";

    private final String elasticsearch;
    private final String kafka;

    Ledger(String elasticsearch, String kafka) {
        this.elasticsearch = elasticsearch;
        this.kafka = kafka;
    }

    /** How many documents each id starting with {@code prefix} has; empty while the index is missing or ES is down. */
    Map<String, Integer> documents(String prefix) {
        Map<String, Integer> counts = new HashMap<>();
        try {
            send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + ALIAS + "/_refresh"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            String query = "{\"size\":10000,\"_source\":[\"id\"],\"query\":{\"prefix\":{\"id\":" + EventJson.toJson(prefix) + "}}}";
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + ALIAS + "/_search"))
                    .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)));
            if (response.statusCode() != 200) {
                return counts;
            }
            for (JsonNode hit : EventJson.mapper().readTree(response.body()).path("hits").path("hits")) {
                counts.merge(hit.path("_source").path("id").asString(hit.path("_id").asString()), 1, Integer::sum);
            }
        } catch (IOException e) {
            // Elasticsearch is down (the outage scenario): nothing is visible now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counts;
    }

    /** Every dead letter on the three dead-letter topics that {@code belongs} to what the caller is looking for. */
    List<DeadLetter> deadLetters(Predicate<DeadLetter> belongs) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        List<DeadLetter> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.PIPELINE) {
                consumer.partitionsFor(Topics.deadLetterTopicOf(topic), Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    DeadLetter letter;
                    try {
                        letter = EventJson.fromBytes(record.value(), DeadLetter.class);
                    } catch (RuntimeException e) {
                        continue; // not written by newsflow
                    }
                    if (belongs.test(letter)) {
                        found.add(letter);
                    }
                }
            }
        }
        return found;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
