package io.newsflow.cli.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.util.BinaryData;
import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.cli.related.ElasticsearchClients;
import io.newsflow.index.indexing.IndexingProperties;
import io.newsflow.index.schema.IndexSchema;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;
import io.newsflow.model.TaggedArticle;

/**
 * {@code ./newsflow bench index [--docs N] [--words N] [--rounds N] [--warmup-rounds N] [--SPRING_PROPERTY=VALUE ..]}:
 * indexing throughput of index-service as deployed, as a ratio to a raw {@link BulkIngester} load of the same
 * documents into the same Elasticsearch with the same bulk settings.
 * <p>
 * index-service runs in its own JVM, started from its executable jar with the options {@code ./newsflow up} uses
 * ({@link ServiceUnderTest}); a service phase times it from the moment a round's articles become visible on the
 * tagged-articles topic (a Kafka transaction held open while they were published is committed) until its consumer group
 * committed the offset of the last of them, which it does only after Elasticsearch answered. The raw load, the
 * publisher and the clock run in this JVM; the raw load gets the documents as the JSON the service sends, built before
 * its clock starts, and the {@code newsflow.index.*} bulk settings given to the bench. Every round runs both paths
 * (alternating which goes first), each after Elasticsearch finished merging both indices and both JVMs finished
 * compiling, then counts both indices; untimed warm-up rounds, exactly like the timed ones, come first. Each line
 * shows the CPU cores Elasticsearch, the Kafka broker, index-service and this JVM used meanwhile and how much of
 * it both JVMs' JIT compilers and the service's garbage collector took. Starts its own local Kafka and
 * Elasticsearch and stops them at the end.
 */
final class IndexBench implements Command {

    private static final double TARGET_RATIO = 0.9;
    private static final String RAW_ALIAS = "bench_raw";

    @Override
    public int run(List<String> args) throws Exception {
        int docs = 30_000;
        int words = 300;
        int timedRounds = 4;
        int warmupRounds = 4;
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--docs" -> docs = positive(args, ++i);
                case "--words" -> words = positive(args, ++i);
                case "--rounds" -> timedRounds = positive(args, ++i);
                case "--warmup-rounds" -> warmupRounds = positive(args, ++i);
                case "--help", "-h" -> {
                    System.out.println("usage: ./newsflow bench index [--docs N (30000)] [--words N (300)] [--rounds N (4)]"
                            + " [--warmup-rounds N (4)]"
                            + " [--newsflow.index.SETTING=VALUE | --spring.kafka.SETTING=VALUE ...]");
                    return 0;
                }
                default -> overrides.putAll(override(args.get(i)));
            }
        }
        IndexingProperties settings = new Binder(new MapConfigurationPropertySource(overrides))
                .bind("newsflow.index", IndexingProperties.class).orElseGet(IndexingProperties::defaults);
        System.out.printf("bench index: %d warm-up and %d timed rounds of %,d articles of %d words; starting local Kafka"
                + " and Elasticsearch...%n", warmupRounds, timedRounds, docs, words);
        System.out.printf("bulk settings: %d actions, %s, %d concurrent requests, flush %s; %d consumer threads%n",
                settings.bulkActions(), settings.bulkSize(), settings.maxConcurrentRequests(),
                settings.flushInterval(), settings.concurrency());
        try (LocalStack stack = LocalStack.start(LocalStackConfig.freePorts());
             ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl());
             Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()));
             ServiceUnderTest service = ServiceUnderTest.start(stack, overrides, admin)) {
            System.out.printf("index-service: pid %d, log %s%n", service.pid(), service.log());
            new IndexSchema(client, RAW_ALIAS).ensureIndex();
            Phase rawTotal = Phase.NONE;
            Phase serviceTotal = Phase.NONE;
            for (int round = 1; round <= warmupRounds + timedRounds; round++) {
                List<TaggedArticle> articles = IndexBenchCorpus.articles("r" + round + "-", docs, words, round);
                // alternately first, so neither path always runs right after the other
                Phase raw = round % 2 == 1 ? rawLoad(client, settings, articles, service) : null;
                Phase indexed = servicePhase(client, service, articles);
                raw = raw != null ? raw : rawLoad(client, settings, articles, service);
                // both indices counted alike, so both searched: a searched index refreshes every second, an idle one not
                expectCount(client, ServiceUnderTest.ALIAS, "index-service", (long) round * docs);
                expectCount(client, RAW_ALIAS, "the raw load", (long) round * docs);
                boolean timed = round > warmupRounds;
                String name = timed ? "round " + (round - warmupRounds) : "warm-up " + round;
                line(name + " raw BulkIngester", docs, raw);
                line(name + " index-service", docs, indexed);
                if (timed) {
                    rawTotal = rawTotal.plus(raw);
                    serviceTotal = serviceTotal.plus(indexed);
                }
            }
            int all = docs * timedRounds;
            line("raw BulkIngester load", all, rawTotal);
            line("index-service (Kafka -> ES)", all, serviceTotal);
            double ratio = seconds(rawTotal.wall()) / seconds(serviceTotal.wall());
            System.out.printf("ratio: %.2f (target >= %.2f)%s%n", ratio, TARGET_RATIO,
                    ratio >= TARGET_RATIO ? "" : "  BELOW TARGET");
            System.out.println("CPU per article (Elasticsearch / Kafka broker / index-service / bench JVM): raw "
                    + perItem(rawTotal.cpu(), all) + ", index-service " + perItem(serviceTotal.cpu(), all)
                    + "; of which JIT compilers: index-service " + micros(serviceTotal.serviceJit(), all)
                    + " us in the service phases, bench JVM " + micros(rawTotal.benchJit(), all)
                    + " us in the raw ones; index-service's garbage collector " + micros(serviceTotal.serviceGc(), all)
                    + " us");
            printIndexStats(client);
        }
        return 0;
    }

    /** {@code --spring.x=y} or {@code --newsflow.x=y}: a setting for index-service (and, if a bulk setting, the raw load). */
    private static Map<String, String> override(String arg) {
        if (!arg.matches("--(spring|newsflow)\\.[^=]+=.*")) {
            throw new UsageException("unknown option '" + arg + "'; try --help");
        }
        String name = arg.substring(2, arg.indexOf('='));
        if (name.replace("_", "-").toLowerCase().contains("isolation-level")) {
            throw new UsageException("the bench holds each round back in an open transaction: index-service must read "
                    + "read_committed, so " + name + " cannot be changed");
        }
        return Map.of(name, arg.substring(arg.indexOf('=') + 1));
    }

    /** Makes the round's articles visible to the (idle, caught-up) service and times it until it committed them all. */
    private static Phase servicePhase(ElasticsearchClient client, ServiceUnderTest service, List<TaggedArticle> articles)
            throws Exception {
        Map<TopicPartition, Long> ends = service.publishHeld(articles);
        awaitQuiet(client, service);
        Snapshot before = Snapshot.take(service);
        service.release();
        service.awaitCommitted(ends, before.nanos(), Duration.ofMinutes(10));
        return Snapshot.take(service).since(before);
    }

    /** The same documents and bulk settings as the service, straight into a BulkIngester: the ceiling to compare with. */
    private static Phase rawLoad(ElasticsearchClient client, IndexingProperties settings, List<TaggedArticle> articles,
                                 ServiceUnderTest service) throws Exception {
        IndexSchema schema = new IndexSchema(client, RAW_ALIAS);
        List<BinaryData> documents = articles.stream().map(schema::documentJson).toList();
        AtomicInteger failed = new AtomicInteger();
        awaitQuiet(client, service);
        Snapshot before = Snapshot.take(service);
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.bulkActions())
                .maxSize(settings.bulkSize().toBytes())
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new FailureCounter(failed)))) {
            for (int i = 0; i < articles.size(); i++) {
                TaggedArticle article = articles.get(i);
                BinaryData document = documents.get(i);
                ingester.add(op -> op.index(x -> x.index(RAW_ALIAS).id(article.id()).version(article.version())
                        .versionType(VersionType.ExternalGte).document(document)));
            }
        }
        Phase took = Snapshot.take(service).since(before);
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " documents failed in the raw load into " + RAW_ALIAS);
        }
        return took;
    }

    /**
     * Waits until Elasticsearch merges nothing and neither JVM's JIT compilers worked for a while: neither path may
     * inherit merges of the other's segments, or compilations the other path queued.
     */
    private static void awaitQuiet(ElasticsearchClient client, ServiceUnderTest service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Snapshot last = Snapshot.take(service);
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
            Snapshot now = Snapshot.take(service);
            var stats = client.indices().stats(s -> s.index("bench_*").metric("merge"));
            if (stats.all().total().merges().current() == 0 && now.benchJit().equals(last.benchJit())
                    && now.serviceJit().equals(last.serviceJit())) {
                return;
            }
            last = now;
        }
        throw new IllegalStateException("Elasticsearch still merging, or a JVM still compiling, after 5 minutes");
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

    /** How each path's writes reached Elasticsearch (warm-up included): request sizes drive its CPU. */
    private static void printIndexStats(ElasticsearchClient client) throws Exception {
        var stats = client.indices().stats(s -> s.index(RAW_ALIAS, ServiceUnderTest.ALIAS)
                .metric("bulk", "refresh", "merge"));
        stats.indices().forEach((index, each) -> {
            var total = each.total();
            System.out.printf("%-30s %,6d bulk requests of %,6d KB avg, %,4d refreshes, %,4d merges (%,d ms)%n",
                    index + ":", total.bulk().totalOperations(), total.bulk().avgSizeInBytes() / 1024,
                    total.refresh().total(), total.merges().total(), total.merges().totalTimeInMillis());
        });
    }

    private static void line(String what, int docs, Phase phase) {
        double seconds = seconds(phase.wall());
        CpuTimes cpu = phase.cpu();
        System.out.printf("%-34s %,7d docs in %6.2f s = %,7.0f docs/s  CPU cores: ES %.2f, Kafka %.2f,"
                        + " index-service %.2f, bench JVM %.2f; of which JIT: index-service %.2f, bench JVM %.2f;"
                + " index-service GC %.2f%n",
                what + ":", docs, seconds, docs / seconds, seconds(cpu.elasticsearch()) / seconds,
                seconds(cpu.kafka()) / seconds, seconds(cpu.service()) / seconds, seconds(cpu.jvm()) / seconds,
                seconds(phase.serviceJit()) / seconds, seconds(phase.benchJit()) / seconds,
                seconds(phase.serviceGc()) / seconds);
    }

    private static String micros(Duration cpu, int items) {
        return String.format("%.0f", seconds(cpu) * 1e6 / items);
    }

    private static String perItem(CpuTimes cpu, int items) {
        return String.format("%.0f / %.0f / %.0f / %.0f us", seconds(cpu.elasticsearch()) * 1e6 / items,
                seconds(cpu.kafka()) * 1e6 / items, seconds(cpu.service()) * 1e6 / items,
                seconds(cpu.jvm()) * 1e6 / items);
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

    /** The clock, the CPU of every process, the JIT compilers' CPU in both JVMs and the service's GC at one moment. */
    private record Snapshot(long nanos, CpuTimes cpu, Duration benchJit, Duration serviceJit, Duration serviceGc) {

        static Snapshot take(ServiceUnderTest service) {
            return new Snapshot(System.nanoTime(), CpuTimes.now(), JitCpu.of(ProcessHandle.current().pid()),
                    JitCpu.of(service.pid()), JitCpu.ofGc(service.pid()));
        }

        Phase since(Snapshot start) {
            return new Phase(Duration.ofNanos(nanos - start.nanos), cpu.minus(start.cpu),
                    positive(benchJit.minus(start.benchJit)), positive(serviceJit.minus(start.serviceJit)),
                    positive(serviceGc.minus(start.serviceGc)));
        }

        /** A compiler thread that ended took its CPU time along. */
        private static Duration positive(Duration duration) {
            return duration.isNegative() ? Duration.ZERO : duration;
        }
    }

    /** How long a load took, the CPU it cost, the JIT compilers' CPU of both JVMs and the service's GC meanwhile. */
    private record Phase(Duration wall, CpuTimes cpu, Duration benchJit, Duration serviceJit, Duration serviceGc) {

        static final Phase NONE = new Phase(Duration.ZERO, CpuTimes.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        Phase plus(Phase other) {
            return new Phase(wall.plus(other.wall), cpu.plus(other.cpu), benchJit.plus(other.benchJit),
                    serviceJit.plus(other.serviceJit), serviceGc.plus(other.serviceGc));
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
