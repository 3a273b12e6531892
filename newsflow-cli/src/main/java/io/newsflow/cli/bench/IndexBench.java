package io.newsflow.cli.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.util.BinaryData;
import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.index.IndexApplication;
import io.newsflow.index.indexing.IndexingProperties;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.kafka.EventSerializer;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/**
 * {@code ./newsflow bench index [--docs N] [--words N] [--rounds N] [--warmup-rounds N]}: indexing throughput of
 * the whole index-service path (tagged articles already on the Kafka topic, consumed by index-service's listener,
 * bulk-indexed, offsets committed) as a ratio to a raw {@link BulkIngester} load of the same documents (the JSON the
 * service sends, built before the clock starts) into the same Elasticsearch with the same bulk settings. Untimed
 * warm-up rounds come first and the consumer group stays joined between rounds (paused while a round is published),
 * so the rounds time steady-state indexing. Each line also shows the CPU cores Elasticsearch, the Kafka broker and
 * this JVM used meanwhile, and this JVM's JIT compilation time. Starts its own local Kafka and Elasticsearch and stops
 * them at the end.
 */
final class IndexBench implements Command {

    private static final String GROUP = "bench-index-" + UUID.randomUUID().toString().substring(0, 8);
    private static final double TARGET_RATIO = 0.9;

    @Override
    public int run(List<String> args) throws Exception {
        int docs = 30_000;
        int words = 300;
        int timedRounds = 2;
        int warmupRounds = 2;
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--docs" -> docs = positive(args, ++i);
                case "--words" -> words = positive(args, ++i);
                case "--rounds" -> timedRounds = positive(args, ++i);
                case "--warmup-rounds" -> warmupRounds = positive(args, ++i);
                case "--help", "-h" -> {
                    System.out.println("usage: ./newsflow bench index [--docs N (30000)] [--words N (300)] [--rounds N (2)]"
                            + " [--warmup-rounds N (2)]"
                            + " [--newsflow.index.SETTING=VALUE | --spring.kafka.SETTING=VALUE ...]");
                    return 0;
                }
                default -> {
                    if (!args.get(i).matches("--(spring|newsflow)\\.[^=]+=.*")) {
                        throw new UsageException("unknown option '" + args.get(i) + "'; try --help");
                    }
                    overrides.add(args.get(i));
                }
            }
        }
        System.out.printf("bench index: %d rounds of %,d articles of %d words; starting local Kafka and Elasticsearch...%n",
                timedRounds, docs, words);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.freePorts());
             ConfigurableApplicationContext service = startIndexService(stack, overrides)) {
            ElasticsearchClient client = service.getBean(ElasticsearchClient.class);
            IndexingProperties settings = service.getBean(IndexingProperties.class);
            System.out.printf("bulk settings: %d actions, %s, %d concurrent requests, flush %s; %d consumer threads%n",
                    settings.bulkActions(), settings.bulkSize(), settings.maxConcurrentRequests(),
                    settings.flushInterval(), settings.concurrency());
            List<MessageListenerContainer> containers = containers(service);
            // The service path gets the same warm-up as the raw one, and joins its consumer group once, as a running
            // service does: the rounds then time steady-state indexing, not JIT compilation or group rebalancing.
            int joined = warmUp(client, settings, stack, Math.min(docs, 5_000), words);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
                containers.forEach(MessageListenerContainer::start);
                awaitCommitted(admin, endOffsets(admin));
                // Untimed rounds exactly like the timed ones: the JIT compilers of this JVM, the broker and
                // Elasticsearch are still busy for tens of thousands of documents, and code both paths share is only
                // compiled for both once each path ran alternately (otherwise every switch recompiles it).
                Rounds rounds = new Rounds(client, settings, stack, containers, admin, docs, words, joined);
                for (int round = 1; round <= warmupRounds; round++) {
                    Phase[] both = rounds.next();
                    line("warm-up " + round + " raw BulkIngester", docs, both[0]);
                    line("warm-up " + round + " index-service", docs, both[1]);
                }
                Phase rawTotal = Phase.NONE;
                Phase pipelineTotal = Phase.NONE;
                for (int round = 1; round <= timedRounds; round++) {
                    Phase[] both = rounds.next();
                    line("round " + round + " raw BulkIngester", docs, both[0]);
                    line("round " + round + " index-service", docs, both[1]);
                    rawTotal = rawTotal.plus(both[0]);
                    pipelineTotal = pipelineTotal.plus(both[1]);
                }
                containers.forEach(MessageListenerContainer::stop);
                int all = docs * timedRounds;
                line("raw BulkIngester load", all, rawTotal);
                line("index-service (Kafka -> ES)", all, pipelineTotal);
                double ratio = seconds(rawTotal.wall()) / seconds(pipelineTotal.wall());
                System.out.printf("ratio: %.2f (target >= %.2f)%s%n", ratio, TARGET_RATIO,
                        ratio >= TARGET_RATIO ? "" : "  BELOW TARGET");
                System.out.println("CPU per article (Elasticsearch / Kafka broker / this JVM): raw "
                        + rawTotal.cpu().perItem(all) + ", index-service " + pipelineTotal.cpu().perItem(all));
                printIndexStats(client);
            }
        }
        return 0;
    }

    private static ConfigurableApplicationContext startIndexService(LocalStack stack, List<String> overrides) {
        // Command-line arguments outrank every application.yml on the CLI's class path (each service ships one).
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.application.name=index-service",
                "--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                "--spring.elasticsearch.uris=" + stack.elasticsearchUrl(),
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.consumer.group-id=" + GROUP,
                "--spring.kafka.consumer.auto-offset-reset=earliest",
                "--spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                "--spring.kafka.consumer.value-deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
                "--spring.kafka.consumer.properties.spring.deserializer.value.delegate.class=io.newsflow.kafka.EventDeserializer",
                "--spring.kafka.consumer.properties.newsflow.event.type=" + TaggedArticle.class.getName(),
                "--spring.kafka.consumer.properties.interceptor.classes=" + CommitTracker.class.getName(),
                "--spring.kafka.producer.key-serializer=" + StringSerializer.class.getName(),
                "--spring.kafka.producer.value-serializer=" + EventSerializer.class.getName(),
                "--newsflow.index.alias=bench_svc"));
        arguments.addAll(overrides);
        return SpringApplication.run(IndexApplication.class, arguments.toArray(String[]::new));
    }

    /** Sends {@code count} articles through both paths, untimed (the service's consumers take them when they start). */
    private static int warmUp(ElasticsearchClient client, IndexingProperties settings, LocalStack stack, int count,
                              int words) {
        List<TaggedArticle> warmup = IndexBenchCorpus.articles("warm-", count, words, 7);
        // Into the index the raw rounds use, as the service's warm-up goes into its own: equal index sizes.
        rawLoad(client, settings, "bench_raw", warmup);
        publish(stack, warmup);
        return warmup.size();
    }

    /**
     * One round after another: {@code docs} new articles through both paths, raw first in odd rounds and the service
     * first in even ones (neither always runs on an index still merging the other's segments), then both indices
     * counted alike (so both searched: a searched index refreshes every second, an idle one does not).
     */
    private static final class Rounds {

        private final ElasticsearchClient client;
        private final IndexingProperties settings;
        private final LocalStack stack;
        private final List<MessageListenerContainer> containers;
        private final Admin admin;
        private final int docs;
        private final int words;
        private long indexed;
        private int round;

        Rounds(ElasticsearchClient client, IndexingProperties settings, LocalStack stack,
               List<MessageListenerContainer> containers, Admin admin, int docs, int words, long indexed) {
            this.client = client;
            this.settings = settings;
            this.stack = stack;
            this.containers = containers;
            this.admin = admin;
            this.docs = docs;
            this.words = words;
            this.indexed = indexed;
        }

        /** The raw load's and the service's phase of the next round. */
        Phase[] next() throws Exception {
            round++;
            List<TaggedArticle> articles = IndexBenchCorpus.articles("r" + round + "-", docs, words, round);
            Phase raw = null;
            if (round % 2 == 1) {
                raw = rawLoad(client, settings, "bench_raw", articles);
            }
            Phase pipeline = consumeAll(containers, admin, stack, articles);
            if (raw == null) {
                raw = rawLoad(client, settings, "bench_raw", articles);
            }
            indexed += docs;
            expectCount(client, "bench_svc", "index-service", indexed);
            expectCount(client, "bench_raw", "the raw load", indexed);
            return new Phase[] {raw, pipeline};
        }
    }

    /** The same documents and bulk settings as the service, straight into a BulkIngester: the ceiling to compare with. */
    private static Phase rawLoad(ElasticsearchClient client, IndexingProperties settings, String alias,
                                    List<TaggedArticle> articles) {
        IndexSchema schema = new IndexSchema(client, alias);
        schema.ensureIndex();
        List<BinaryData> documents = articles.stream().map(schema::documentJson).toList();
        AtomicInteger failed = new AtomicInteger();
        CpuTimes cpu = CpuTimes.now();
        long jit = jitMillis();
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.bulkActions())
                .maxSize(settings.bulkSize().toBytes())
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new FailureCounter(failed)))) {
            for (int i = 0; i < articles.size(); i++) {
                TaggedArticle article = articles.get(i);
                BinaryData document = documents.get(i);
                ingester.add(op -> op.index(x -> x.index(alias).id(article.id()).version(article.version())
                        .versionType(VersionType.ExternalGte).document(document)));
            }
        }
        Phase took = new Phase(Duration.ofNanos(System.nanoTime() - start), CpuTimes.now().minus(cpu),
                jitMillis() - jit);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " documents failed in the raw load into " + alias);
        }
        return took;
    }

    private static void publish(LocalStack stack, List<TaggedArticle> articles) {
        try (var producer = new KafkaProducer<String, Object>(Map.of("bootstrap.servers", stack.kafkaBootstrapServers(),
                "linger.ms", 5, "acks", "all"), new StringSerializer(), new EventSerializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(Topics.TAGGED_ARTICLES, a.id(), a)));
            producer.flush();
        }
    }

    private static List<MessageListenerContainer> containers(ConfigurableApplicationContext service) {
        List<MessageListenerContainer> containers = new ArrayList<>(
                service.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers());
        if (containers.isEmpty()) {
            throw new IllegalStateException("index-service has no listener container");
        }
        return containers;
    }

    /**
     * Publishes {@code articles} while the (joined) consumers are paused, resumes them and times until the group
     * committed every offset: commits follow Elasticsearch's answer.
     */
    private static Phase consumeAll(List<MessageListenerContainer> containers, Admin admin, LocalStack stack,
                                       List<TaggedArticle> articles) throws Exception {
        containers.forEach(MessageListenerContainer::pause);
        while (!containers.stream().allMatch(MessageListenerContainer::isContainerPaused)) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        publish(stack, articles);
        long end = endOffsets(admin);
        CpuTimes cpu = CpuTimes.now();
        long jit = jitMillis();
        long start = System.nanoTime();
        containers.forEach(MessageListenerContainer::resume);
        awaitCommitted(admin, end);
        return new Phase(Duration.ofNanos(System.nanoTime() - start), CpuTimes.now().minus(cpu), jitMillis() - jit);
    }

    /**
     * Waits until the service committed offset {@code end} (summed over partitions). Commits are seen in the service's
     * consumers ({@link CommitTracker}) rather than by asking the broker every few milliseconds: that polling would
     * load the broker and this JVM during the service rounds only. The broker confirms the total once at the end.
     */
    private static void awaitCommitted(Admin admin, long end) throws Exception {
        while (CommitTracker.committed() < end) {
            TimeUnit.MILLISECONDS.sleep(2);
        }
        if (committed(admin) < end) {
            throw new IllegalStateException("the consumers saw their commits up to " + end + ", the broker has "
                    + committed(admin));
        }
    }

    private static long endOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.TAGGED_ARTICLES)).allTopicNames().get()
                .get(Topics.TAGGED_ARTICLES).partitions();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(Topics.TAGGED_ARTICLES, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }

    private static long committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().values().stream()
                .mapToLong(o -> o == null ? 0 : o.offset()).sum();
    }

    private static void expectCount(ElasticsearchClient client, String alias, String path, long expected)
            throws Exception {
        client.indices().refresh(r -> r.index(alias));
        long indexed = client.count(c -> c.index(alias)).count();
        if (indexed != expected) {
            throw new IllegalStateException(path + " left " + indexed + " articles in " + alias + ", expected "
                    + expected);
        }
    }

    /** How each path's writes reached Elasticsearch (warm-up included for the service): request sizes drive its CPU. */
    private static void printIndexStats(ElasticsearchClient client) throws Exception {
        var stats = client.indices().stats(s -> s.index("bench_raw", "bench_svc").metric("bulk", "refresh", "merge"));
        stats.indices().forEach((index, each) -> {
            var total = each.total();
            System.out.printf("%-30s %,6d bulk requests of %,6d KB avg, %,4d refreshes, %,4d merges (%,d ms)%n",
                    index + ":", total.bulk().totalOperations(), total.bulk().avgSizeInBytes() / 1024,
                    total.refresh().total(), total.merges().total(), total.merges().totalTimeInMillis());
        });
    }

    private static void line(String what, int docs, Phase phase) {
        double seconds = seconds(phase.wall());
        System.out.printf("%-30s %,8d docs in %6.2f s = %,8.0f docs/s   CPU cores: %s; JIT %,d ms%n", what + ":", docs,
                seconds, docs / seconds, phase.cpu().cores(phase.wall()), phase.jitMillis());
    }

    /** Time this JVM's JIT compilers spent so far: part of the JVM's CPU, and it should stay small in the rounds. */
    private static long jitMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : 0;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static int positive(List<String> args, int i) {
        try {
            int value = Integer.parseInt(args.get(i));
            if (value > 0) {
                return value;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // reported below
        }
        throw new UsageException(args.get(i - 1) + " needs a positive number");
    }

    @Override
    public String summary() {
        return "index-service throughput (Kafka -> Elasticsearch) against a raw BulkIngester load";
    }

    /** How long a load took and the CPU it cost. */
    private record Phase(Duration wall, CpuTimes cpu, long jitMillis) {

        static final Phase NONE = new Phase(Duration.ZERO, CpuTimes.ZERO, 0);

        Phase plus(Phase other) {
            return new Phase(wall.plus(other.wall), cpu.plus(other.cpu), jitMillis + other.jitMillis);
        }
    }

    /** Sees the offsets the service's consumers committed (the broker accepted them); set as their interceptor. */
    public static final class CommitTracker implements ConsumerInterceptor<Object, Object> {

        private static final Map<TopicPartition, Long> COMMITTED = new ConcurrentHashMap<>();

        static long committed() {
            return COMMITTED.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            offsets.forEach((partition, offset) -> COMMITTED.merge(partition, offset.offset(), Math::max));
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    private record FailureCounter(AtomicInteger failed) implements BulkListener<Void> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            failed.addAndGet((int) response.items().stream().filter(item -> item.error() != null).count());
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            failed.addAndGet(contexts.size());
        }
    }
}
