package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DeserializationException;

import io.newsflow.localstack.LocalStack;
import io.newsflow.model.Article;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;
import io.newsflow.model.Topics;

/** The dead-letter recoverer on a real broker: the letter keeps the payload, coordinates and a readable reason. */
class DeadLetterRecovererIT {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static KafkaTemplate<String, Object> template;
    private static DefaultKafkaProducerFactory<String, Object> producers;

    @BeforeAll
    static void connect() {
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.shared().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class));
        template = new KafkaTemplate<>(producers);
    }

    @AfterAll
    static void close() {
        producers.destroy();
    }

    @Test
    void undeserialisableRecordIsDeadLetteredWithItsRawPayloadAndReason() {
        String topic = "test-" + UUID.randomUUID();
        byte[] raw = "{\"id\": \"a1\", broken".getBytes(StandardCharsets.UTF_8);
        InvalidEventException cause = new InvalidEventException("malformed Article JSON: Unexpected character", null);
        var failure = new DeserializationException("failed to deserialize", raw, false, cause);
        var record = new ConsumerRecord<Object, Object>(topic, 2, 41L, "a1", null);

        new DeadLetterRecoverer(template, "tagger-service", Clock.fixed(NOW, ZoneOffset.UTC))
                .accept(record, new RuntimeException("listener failed", failure));

        DeadLetter letter = EventJson.fromJson(readOne(Topics.deadLetterTopicOf(topic)).value(), DeadLetter.class);
        assertThat(letter.originalTopic()).isEqualTo(topic);
        assertThat(letter.partition()).isEqualTo(2);
        assertThat(letter.offset()).isEqualTo(41L);
        assertThat(letter.key()).isEqualTo("a1");
        assertThat(letter.payload()).isEqualTo("{\"id\": \"a1\", broken");
        assertThat(letter.reason()).isEqualTo("malformed Article JSON: Unexpected character");
        assertThat(letter.exceptionClass()).isEqualTo(InvalidEventException.class.getName());
        assertThat(letter.service()).isEqualTo("tagger-service");
        assertThat(letter.failedAt()).isEqualTo(NOW);
    }

    @Test
    void invalidEventKeepsItsJsonPayload() {
        String topic = "test-" + UUID.randomUUID();
        Article article = new Article(1, "a2", "https://x.example/a2", "S", "", "body", NOW, "en", null, 1L);
        var record = new ConsumerRecord<Object, Object>(topic, 0, 7L, "a2", article);

        new DeadLetterRecoverer(template, "index-service", Clock.fixed(NOW, ZoneOffset.UTC))
                .accept(record, new InvalidEventException(List.of("title: must not be blank")));

        DeadLetter letter = EventJson.fromJson(readOne(Topics.deadLetterTopicOf(topic)).value(), DeadLetter.class);
        assertThat(letter.reason()).isEqualTo("title: must not be blank");
        assertThat(EventJson.fromJson(letter.payload(), Article.class)).isEqualTo(article);
    }

    private static ConsumerRecord<String, String> readOne(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
            assertThat(seen).hasSize(1);
            return seen.get(0);
        }
    }
}
