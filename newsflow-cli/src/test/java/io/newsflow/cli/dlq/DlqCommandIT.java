package io.newsflow.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.newsflow.kafka.DeadLetterRecoverer;
import io.newsflow.kafka.EventSerializer;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.InvalidEventException;

/** {@code ./newsflow dlq} against local-stack's real Kafka, on letters written by the services' own recoverer. */
class DlqCommandIT {

    private static String bootstrap;
    private static DefaultKafkaProducerFactory<String, Object> producers;

    @BeforeAll
    static void connect() {
        bootstrap = LocalStack.shared().kafkaBootstrapServers();
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class));
    }

    @AfterAll
    static void close() {
        producers.destroy();
    }

    @Test
    void listsShowsAndFiltersDeadLetters() throws Exception {
        String topic = newTopics();
        Instant now = Instant.now();
        deadLetter(topic, "art-1", "{\"id\":\"art-1\"}", new InvalidEventException("title: must not be blank", null), now.minusSeconds(3600));
        deadLetter(topic, "art-2", "{\"id\":\"art-2\"}", new IllegalStateException("timeout talking to Elasticsearch"), now.minus(Duration.ofDays(3)));

        String list = dlq(null, "list", "--topic", topic);
        assertThat(list).contains("DLT TOPIC", topic + ".dlt", "0@0", "0@1", "art-1", "art-2", "tagger-service",
                "title: must not be blank", "2 dead letters");

        assertThat(dlq(null, "list", "--topic", topic, "--filter", "ELASTICSEARCH")).contains("art-2").doesNotContain("art-1")
                .contains("1 dead letter");
        assertThat(dlq(null, "list", "--topic", topic, "--since", "1d")).contains("art-1").doesNotContain("art-2");

        String shown = dlq(null, "show", "--topic", topic, "art-1");
        assertThat(shown).contains("original        " + topic + "/1@7", "reason          title: must not be blank",
                InvalidEventException.class.getName(), "replayable      yes", "{\"id\":\"art-1\"}");
        assertThat(dlq(null, "show", topic + ".dlt/0@1")).contains("key             art-2");
        assertThat(dlq(null, "show", "--topic", topic, "0@1")).contains("key             art-2");
    }

    @Test
    void replaysOriginalPayloadAndKeyOnceUnlessForced() throws Exception {
        String topic = newTopics();
        Instant now = Instant.now();
        deadLetter(topic, "art-9", "{\"id\":\"art-9\",\"title\":\"fixed now\"}", new IllegalStateException("tagger model missing"), now);
        deadLetter(topic, "art-10", "{\"id\":\"art-10\"}", new InvalidEventException("body: must not be blank", null), now);
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic + ".dlt", "junk", "not a dead letter")).get();
        }

        assertThat(dlq("n\n", "replay", "--topic", topic, "--filter", "model missing"))
                .contains("replay 1 dead letter to {" + topic + "=1}? [y/N]", "aborted");
        assertThat(originalRecords(topic, 0)).isEmpty();

        String first = dlq("y\n", "replay", "--topic", topic, "--filter", "model missing");
        assertThat(first).contains("replayed " + topic + ".dlt/0@0 (key art-9) -> " + topic + "/", "replayed=1 already_replayed=0");
        List<ConsumerRecord<String, String>> replayed = originalRecords(topic, 1);
        assertThat(replayed).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("art-9");
            assertThat(r.value()).isEqualTo("{\"id\":\"art-9\",\"title\":\"fixed now\"}");
            assertThat(new String(r.headers().lastHeader(ReplayLedger.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
                    .isEqualTo(topic + ".dlt/0@0");
        });

        String again = dlq(null, "replay", "--topic", topic, "--yes");
        assertThat(again).contains("not replayable " + topic + ".dlt/0@2: not a readable dead letter",
                "skipping 1 letter replayed before", "replayed " + topic + ".dlt/0@1 (key art-10)",
                "replayed=1 already_replayed=1 not_replayable=1");
        assertThat(dlq(null, "replay", "--topic", topic, "--yes")).contains("nothing to replay", "already_replayed=2");
        assertThat(originalRecords(topic, 2)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("art-9", "art-10");

        assertThat(dlq(null, "replay", "--topic", topic, "--yes", "--force", "--filter", "art-9")).contains("replayed=1");
        assertThat(originalRecords(topic, 3)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("art-9", "art-10", "art-9");
    }

    private static String newTopics() throws Exception {
        String topic = "it-dlq-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(topic + ".dlt", 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static void deadLetter(String topic, String key, String payload, Exception failure, Instant at) {
        var record = new ConsumerRecord<Object, Object>(topic, 1, 7L, key, payload);
        new DeadLetterRecoverer(new KafkaTemplate<>(producers), "tagger-service", Clock.fixed(at, ZoneOffset.UTC))
                .accept(record, failure);
    }

    private static String dlq(String input, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", bootstrap));
        int code = new DlqCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new BufferedReader(new StringReader(input == null ? "" : input)), Clock.systemUTC()).run(all);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isIn(0, 1);
        return out;
    }

    /** Everything in the original topic, read to its end; expects exactly {@code expected} records. */
    private static List<ConsumerRecord<String, String>> originalRecords(String topic, int expected) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            assertThat(records).hasSize(expected);
            return records;
        }
    }
}
