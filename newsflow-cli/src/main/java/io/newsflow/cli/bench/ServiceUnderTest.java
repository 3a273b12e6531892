package io.newsflow.cli.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.cli.stack.RepoPaths;
import io.newsflow.cli.stack.Service;
import io.newsflow.cli.stack.ServiceProcess;
import io.newsflow.kafka.EventSerializer;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/**
 * index-service as deployed ({@code ./newsflow up}): a child JVM started from its executable jar, in its own consumer
 * group, writing to its own alias. A round's articles are published in a Kafka transaction left open: the service
 * reads {@code read_committed}, so it sees none of them until {@link #release} commits the transaction, and the
 * clock then runs while it takes them, with no publishing in the timed window. Its log goes to
 * {@code .newsflow/logs/bench/}, apart from the one {@code ./newsflow up} writes.
 */
final class ServiceUnderTest implements AutoCloseable {

    static final String ALIAS = "bench_svc";
    private static final Duration MIN_POLL = Duration.ofMillis(10);
    private static final Duration MAX_POLL = Duration.ofMillis(100);

    private final String group;
    private final ServiceProcess process;
    private final KafkaProducer<String, Object> producer;
    private final Admin admin;

    private ServiceUnderTest(String group, ServiceProcess process, KafkaProducer<String, Object> producer, Admin admin) {
        this.group = group;
        this.process = process;
        this.producer = producer;
        this.admin = admin;
    }

    /** Starts index-service with {@code overrides} (Spring properties) and waits until it is healthy. */
    static ServiceUnderTest start(LocalStack stack, Map<String, String> overrides, Admin admin) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(overrides);
        ServiceUnderTest service = null;
        String group = "bench-index-" + UUID.randomUUID().toString().substring(0, 8);
        settings.put("spring.kafka.consumer.group-id", group);
        settings.put("newsflow.index.alias", ALIAS);
        ServiceProcess process = ServiceProcess.start(RepoPaths.root(), Service.INDEX, ServiceProcess.freePort(),
                stack.kafkaBootstrapServers(), stack.elasticsearchUrl(),
                RepoPaths.stateDir().resolve("logs").resolve("bench"), settings);
        try {
            process.awaitHealthy(Duration.ofMinutes(2));
            var producer = new KafkaProducer<String, Object>(Map.of("bootstrap.servers", stack.kafkaBootstrapServers(),
                    "linger.ms", 5, "acks", "all", "transactional.id", group + "-publisher",
                    "transaction.timeout.ms", (int) Duration.ofMinutes(10).toMillis()),
                    new StringSerializer(), new EventSerializer());
            producer.initTransactions();
            service = new ServiceUnderTest(group, process, producer, admin);
            return service;
        } finally {
            if (service == null) {
                process.close();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    String log() {
        return process.log().toString();
    }

    /**
     * Publishes {@code articles} in a transaction it leaves open; returns, per partition, the offset the service must
     * commit once it took them all.
     */
    Map<TopicPartition, Long> publishHeld(List<TaggedArticle> articles) throws Exception {
        producer.beginTransaction();
        List<Future<RecordMetadata>> sent = articles.stream()
                .map(a -> producer.send(new ProducerRecord<>(Topics.TAGGED_ARTICLES, a.id(), a))).toList();
        producer.flush();
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (Future<RecordMetadata> each : sent) {
            RecordMetadata metadata = each.get();
            ends.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
        }
        return ends;
    }

    /** Commits the held transaction: from now on the service sees the round's articles. */
    void release() {
        producer.commitTransaction();
    }

    /**
     * Waits until the service committed {@code ends} (it commits a batch's offsets only after Elasticsearch answered
     * for all of it), the round's articles having become visible at {@code startNanos}. Asks the broker less often
     * while much is left: every request costs the broker CPU, and only the last one needs to come soon after the
     * final commit.
     */
    void awaitCommitted(Map<TopicPartition, Long> ends, long startNanos, Duration timeout) throws Exception {
        Map<TopicPartition, Long> before = committed();
        long total = remaining(ends, before);
        long deadline = startNanos + timeout.toNanos();
        for (long left = total; left > 0; left = remaining(ends, committed())) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("index-service did not commit " + ends + " within " + timeout
                        + (process.isAlive() ? "" : " (it exited)") + "; see " + process.log());
            }
            long elapsed = System.nanoTime() - startNanos;
            long expected = left == total ? MAX_POLL.toNanos() : elapsed * left / (total - left);
            TimeUnit.NANOSECONDS.sleep(Math.max(MIN_POLL.toNanos(), Math.min(MAX_POLL.toNanos(), expected / 2)));
        }
    }

    private Map<TopicPartition, Long> committed() throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .forEach((partition, offset) -> offsets.put(partition, offset == null ? 0 : offset.offset()));
        return offsets;
    }

    private static long remaining(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> committed) {
        return ends.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L))).sum();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        process.close();
    }
}
