package io.newsflow.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.ingest.publish.EventPublisher;
import io.newsflow.ingest.replay.CompactedTopicFollower;
import io.newsflow.model.EventJson;
import io.newsflow.model.InvalidEventException;

/**
 * Keeps the {@link NearDuplicateDetector} in step with the compacted fingerprint topic: on start-up it reads the whole
 * topic before the listeners start (so a restarted instance remembers everything), then keeps reading in the
 * background to learn what other instances publish. Records this instance wrote carry its id in a header and are
 * skipped unread: the detector learnt them before they were written.
 */
public class FingerprintStore extends CompactedTopicFollower {

    private static final Logger log = LoggerFactory.getLogger(FingerprintStore.class);
    static final String WRITER_HEADER = "newsflow-writer";

    private final NearDuplicateDetector detector;
    private final EventPublisher publisher;
    /** Random per process, so a restarted instance reads back what it wrote before. */
    private final byte[] writer = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    private final List<Header> headers = List.of(new RecordHeader(WRITER_HEADER, writer));

    public FingerprintStore(NearDuplicateDetector detector, EventPublisher publisher, Map<String, Object> consumerConfig,
                            String topic, Duration replayTimeout) {
        super(consumerConfig, topic, replayTimeout, "newsflow.ingest.replay-timeout-seconds", "fingerprint-tail");
        this.detector = detector;
        this.publisher = publisher;
    }

    /**
     * Hands {@code fingerprints} to the producer for every instance to learn; {@link #awaitSaved} waits until they
     * survive a crash.
     */
    public List<CompletableFuture<?>> saveLater(List<Fingerprint> fingerprints) {
        return fingerprints.stream().<CompletableFuture<?>>map(f -> saveLater(f, null)).toList();
    }

    /**
     * Hands one fingerprint to the producer, as {@code json} when that is its JSON written beforehand (null: written
     * here); {@link #awaitSaved} waits until it survives a crash.
     */
    public CompletableFuture<?> saveLater(Fingerprint fingerprint, byte[] json) {
        return publisher.sendLater(topic(), fingerprint.id(), json != null ? json : fingerprint, headers);
    }

    /** Waits until the broker has every fingerprint of {@code saves}. */
    public void awaitSaved(List<CompletableFuture<?>> saves) {
        publisher.awaitAll(topic(), saves);
    }

    @Override
    protected void apply(ConsumerRecord<String, byte[]> record) {
        if (writtenHere(record)) {
            return;
        }
        if (record.value() == null) {
            detector.forget(record.key());
            return;
        }
        try {
            detector.learn(EventJson.fromBytes(record.value(), Fingerprint.class));
        } catch (InvalidEventException e) {
            log.warn("Skipped unreadable fingerprint {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    protected void replayed(int records) {
        log.info("Loaded {} fingerprints ({} records) from {}", detector.size(), records, topic());
    }

    private boolean writtenHere(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(WRITER_HEADER);
        return header != null && Arrays.equals(header.value(), writer);
    }
}
