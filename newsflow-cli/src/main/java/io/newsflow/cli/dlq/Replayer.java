package io.newsflow.cli.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Re-publishes the original payload of dead letters to their original topic with their original key, marked with
 * {@value ReplayLedger#REPLAYED_FROM} (and when) so the next replay knows. The payload goes out byte for byte as it
 * was kept, so the services see exactly the record that failed. Waits for every acknowledgement ({@code acks=all},
 * idempotent producer) before reporting a letter as replayed.
 */
final class Replayer {

    static final String REPLAYED_AT = "newsflow-replayed-at";

    private final String bootstrap;
    private final Clock clock;

    Replayer(String bootstrap, Clock clock) {
        this.bootstrap = bootstrap;
        this.clock = clock;
    }

    /** Publishes every letter (all replayable, checked by the caller); returns where each one landed. */
    List<String> replay(List<StoredLetter> letters) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-dlq-replay");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            String at = clock.instant().toString();
            for (StoredLetter stored : letters) {
                var record = new ProducerRecord<>(stored.letter().originalTopic(), null, stored.letter().key() != null
                        ? stored.letter().key() : stored.key(), stored.letter().payload().getBytes(StandardCharsets.UTF_8));
                record.headers().add(ReplayLedger.REPLAYED_FROM, stored.coordinates().getBytes(StandardCharsets.UTF_8));
                record.headers().add(REPLAYED_AT, at.getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            producer.flush();
            List<String> landed = new ArrayList<>();
            for (Future<RecordMetadata> future : sent) {
                RecordMetadata m = future.get(60, TimeUnit.SECONDS);
                landed.add(m.topic() + "/" + m.partition() + "@" + m.offset());
            }
            return landed;
        }
    }
}
