package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void extensionResolvesTheSharedStackOnLoopback(LocalStack stack, KafkaNode kafka, ElasticsearchNode elasticsearch) {
        assertThat(stack).isSameAs(LocalStack.shared());
        assertThat(kafka).isSameAs(stack.kafka());
        assertThat(elasticsearch).isSameAs(stack.elasticsearch());
        assertThat(stack.kafkaBootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(stack.elasticsearchUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(kafka.isRunning()).isTrue();
        assertThat(elasticsearch.isRunning()).isTrue();
    }

    @Test
    @Order(2)
    void recordProducedToTheBrokerIsConsumedBack(LocalStack stack) throws Exception {
        String topic = "local-stack-it-" + UUID.randomUUID();

        produce(stack, topic, "article-1", "{\"title\":\"hello\"}");

        assertThat(consumeAll(stack, topic, 1)).containsExactly("article-1={\"title\":\"hello\"}");
    }

    @Test
    @Order(2)
    void kafkasOwnProducerPerfTestRunsAgainstTheBroker(LocalStack stack) throws Exception {
        String topic = "local-stack-perf-" + UUID.randomUUID();

        String output = stack.kafka().runTool("org.apache.kafka.tools.ProducerPerformance", Duration.ofMinutes(2),
                "--topic", topic, "--num-records", "500", "--record-size", "100", "--throughput", "-1",
                "--producer-props", "acks=all", "bootstrap.servers=" + stack.kafkaBootstrapServers());

        assertThat(output).containsPattern("500 records sent, [\\d.]+ records/sec");
        assertThat(consumeAll(stack, topic, 500)).hasSize(500);
    }

    @Test
    @Order(3)
    void documentIndexedInElasticsearchIsFoundBySearch(LocalStack stack) throws Exception {
        String index = "local-stack-it-" + UUID.randomUUID();
        assertThat(http("PUT", stack.elasticsearchUrl() + "/" + index, "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> indexed = http("PUT", stack.elasticsearchUrl() + "/" + index + "/_doc/1?refresh=true",
                "{\"title\":\"Acme shifts strategy to cloud\"}");
        HttpResponse<String> found = http("POST", stack.elasticsearchUrl() + "/" + index + "/_search",
                "{\"query\":{\"match\":{\"title\":\"cloud\"}}}");

        assertThat(indexed.statusCode()).isEqualTo(201);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":{\"value\":1").contains("Acme shifts strategy to cloud");
    }

    @Test
    @Order(4)
    void elasticsearchAnswersAgainOnTheSamePortWithItsDataAfterStopAndStart(LocalStack stack) throws Exception {
        String index = "local-stack-it-restart";
        http("PUT", stack.elasticsearchUrl() + "/" + index + "/_doc/kept?refresh=true", "{\"title\":\"survives\"}");
        String url = stack.elasticsearchUrl();

        stack.elasticsearch().stop();
        assertThat(stack.elasticsearch().isRunning()).isFalse();
        assertThat(Ports.isListening(stack.elasticsearch().port())).isFalse();
        stack.elasticsearch().start();

        assertThat(stack.elasticsearchUrl()).isEqualTo(url);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http("GET", url + "/" + index + "/_doc/kept", null).body()).contains("survives"));
    }

    @Test
    @Order(5)
    void kafkaAnswersAgainWithItsDataAfterRestartAndAfterACrash(LocalStack stack) throws Exception {
        String topic = "local-stack-it-restart-" + UUID.randomUUID();
        produce(stack, topic, "before", "restart");

        stack.kafka().restart();
        produce(stack, topic, "after", "restart");
        stack.kafka().kill();
        assertThat(stack.kafka().isRunning()).isFalse();
        stack.kafka().start();
        produce(stack, topic, "after", "crash");

        assertThat(consumeAll(stack, topic, 3))
                .containsExactlyInAnyOrder("before=restart", "after=restart", "after=crash");
    }

    @Test
    @Order(6)
    void closeEndsEveryChildProcessAndFreesThePorts(LocalStack stack) {
        List<ProcessHandle> processes = stack.processes();
        assertThat(processes).hasSizeGreaterThanOrEqualTo(3); // broker, Elasticsearch launcher and server

        stack.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(Ports.isFree(stack.kafka().port())).isTrue();
        assertThat(Ports.isFree(stack.elasticsearch().port())).isTrue();
        assertThat(stack.config().dataDir()).doesNotExist();
    }

    private static void produce(LocalStack stack, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(LocalStack stack, String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.key() + "=" + record.value());
                }
                assertThat(received).hasSize(expected);
            });
        }
        return received;
    }

    private static HttpResponse<String> http(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
