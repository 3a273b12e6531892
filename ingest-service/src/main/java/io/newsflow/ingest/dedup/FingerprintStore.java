package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * Keeps the {@link NearDuplicateDetector} in step with the compacted fingerprint topic: on start-up it reads the whole
 * topic before the listeners start (so a restarted instance remembers everything), then keeps reading in the
 * background to learn what other instances publish. Reads every partition without a consumer group: each instance
 * needs all fingerprints. Records this instance wrote carry its id in a header and are skipped unread: the detector
 * learnt them before they were written.
 */
public class FingerprintStore implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FingerprintStore.class);
    static final String WRITER_HEADER = "newsflow-writer";

    /** Random per process, so a restarted instance reads back what it wrote before. */
    private final byte[] writer = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);

    private final NearDuplicateDetector detector;
    private final EventPublisher publisher;
    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Duration replayTimeout;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread tail;
    private volatile boolean running;

    public FingerprintStore(NearDuplicateDetector detector, EventPublisher publisher, Map<String, Object> consumerConfig,
                            String topic, Duration replayTimeout) {
        this.detector = detector;
        this.publisher = publisher;
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.topic = topic;
        this.replayTimeout = replayTimeout;
    }

    /** Shares {@code fingerprints} with every instance; synchronous, so they survive a crash right after. */
    public void saveAll(List<Fingerprint> fingerprints) {
        publisher.sendAll(topic, fingerprints.stream().map(f -> Map.entry(f.id(), (Object) f)).toList(),
                List.of(new RecordHeader(WRITER_HEADER, writer)));
    }

    @Override
    public void start() {
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(consumerConfig);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, replayTimeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, replayTimeout);
        long deadline = System.nanoTime() + replayTimeout.toNanos();
        int replayed = 0;
        while (!caughtUp(end)) {
            if (System.nanoTime() > deadline) {
                consumer.close();
                throw new IllegalStateException("could not read de-duplication state from " + topic + " within "
                        + replayTimeout + " (newsflow.ingest.replay-timeout-seconds)");
            }
            replayed += poll();
        }
        log.info("Loaded {} fingerprints ({} records) from {}", detector.size(), replayed, topic);
        running = true;
        tail = new Thread(this::tailLoop, "fingerprint-tail");
        tail.setDaemon(true);
        tail.start();
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        Set<TopicPartition> behind = end.entrySet().stream()
                .filter(e -> consumer.position(e.getKey()) < e.getValue())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return behind.isEmpty();
    }

    private int poll() {
        int n = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            n++;
            if (writtenHere(record)) {
                continue;
            }
            if (record.value() == null) {
                detector.forget(record.key());
                continue;
            }
            try {
                detector.learn(EventJson.fromBytes(record.value(), Fingerprint.class));
            } catch (InvalidEventException e) {
                log.warn("Skipped unreadable fingerprint {} at {}-{}@{}: {}", record.key(), record.topic(),
                        record.partition(), record.offset(), e.getMessage());
            }
        }
        return n;
    }

    private boolean writtenHere(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(WRITER_HEADER);
        return header != null && Arrays.equals(header.value(), writer);
    }

    private void tailLoop() {
        try {
            while (running) {
                poll();
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (RuntimeException e) {
            log.error("Stopped learning fingerprints from {}: {}", topic, e.toString(), e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null && tail != null) {
            consumer.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the Kafka listener containers, which start in a later phase. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
