package io.newsflow.cli.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.newsflow.cli.Command;
import io.newsflow.cli.UsageException;
import io.newsflow.ingest.IngestApplication;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;
import io.newsflow.model.EventJson;
import io.newsflow.model.RawFeedItem;
import io.newsflow.model.Topics;

/**
 * {@code ./newsflow bench ingest [--articles N] [--batch N]}: JSONL import throughput, measured the way
 * {@code ./newsflow import} works (HTTP batches to ingest-service, raw topic, normalise, de-duplicate, articles topic)
 * until every article is on {@code newsflow.articles}, as a ratio to a plain {@link KafkaProducer} loop (acks=all,
 * 2 KB records) against the same broker. Starts its own local Kafka (and Elasticsearch) and stops them at the end.
 */
public final class IngestBench implements Command {

    private static final double TARGET_RATIO = 0.5;
    private static final int RECORD_BYTES = 2048;
    private static final String[] WORDS = ("the company said on market shares investors growth revenue quarter billion "
            + "million percent deal chief executive officer analysts expected plans new year rose fell cloud software "
            + "services customers data regulators european commission court ruling price prices users platform launch "
            + "model open source licence acquisition merger board statement report week month profit loss sales staff "
            + "jobs cuts factory plant investment fund round startup valuation chip chips devices phone phones app "
            + "search advertising network security privacy fine probe approval deadline talks partner partnership")
            .split(" ");

    @Override
    public String summary() {
        return "ingest throughput vs a plain KafkaProducer loop [--articles N] [--batch N]";
    }

    @Override
    public int run(List<String> args) throws Exception {
        int articles = 20_000;
        int batch = 1_000;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--articles" -> articles = positive(args, ++i);
                case "--batch" -> batch = positive(args, ++i);
                case "--help", "-h" -> {
                    System.out.println("usage: ./newsflow bench ingest [--articles N (20000)] [--batch N (1000)]");
                    return 0;
                }
                default -> throw new UsageException("unknown option '" + args.get(i) + "'; try --help");
            }
        }
        System.out.printf("bench ingest: %,d articles of ~2 KB in HTTP batches of %d; starting local Kafka...%n", articles, batch);
        try (LocalStack stack = LocalStack.start(LocalStackConfig.freePorts());
             ConfigurableApplicationContext service = startIngestService(stack)) {
            baseline(stack, Math.min(articles, 5_000), "bench.warmup");
            Duration baseline = baseline(stack, articles, "bench.baseline");
            String url = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
            // long enough for the JIT to finish compiling the hot paths: a short warm-up leaves C2 compiler
            // threads busy during the timed run, which on a 2-core machine takes a core from the pipeline
            int warmup = Math.min(articles, 10_000);
            importAll(url, articles("warm-", warmup, 7), batch);
            awaitArticles(stack, warmup);
            List<JsonNode> input = articles("bench-", articles, 42);
            long cpuBefore = processCpuNanos();
            Duration posting = importAll(url, input, batch);
            Duration pipeline = posting.plus(awaitArticles(stack, warmup + articles));
            // CPU of this process (ingest-service and the import client; the broker runs apart): unlike the rates,
            // hardly moved by what else runs on the machine
            System.out.printf("CPU of ingest-service + import client: %.1f ms per 1,000 articles (Kafka broker not included)%n",
                    (processCpuNanos() - cpuBefore) / 1e6 / articles * 1_000);
            report(articles, baseline, posting, pipeline);
        }
        return 0;
    }

    private static ConfigurableApplicationContext startIngestService(LocalStack stack) {
        return SpringApplication.run(IngestApplication.class,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.application.name=ingest-service",
                "--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=newsflow-ingest",
                "--spring.kafka.consumer.auto-offset-reset=earliest",
                "--spring.kafka.consumer.key-deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                "--spring.kafka.consumer.value-deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
                "--spring.kafka.consumer.properties.spring.deserializer.value.delegate.class=io.newsflow.kafka.EventDeserializer",
                "--spring.kafka.consumer.properties.newsflow.event.type=" + RawFeedItem.class.getName(),
                "--spring.kafka.producer.acks=all",
                "--spring.kafka.producer.key-serializer=" + StringSerializer.class.getName(),
                "--spring.kafka.producer.value-serializer=io.newsflow.kafka.EventSerializer",
                "--spring.kafka.producer.properties.enable.idempotence=true",
                "--spring.kafka.producer.properties.linger.ms=10",
                "--spring.kafka.producer.properties.batch.size=262144",
                "--spring.kafka.producer.properties.compression.type=lz4");
    }

    /** The ceiling: {@code n} 2 KB records from one KafkaProducer with acks=all, flushed. */
    private static Duration baseline(LocalStack stack, int n, String topic) throws Exception {
        byte[] value = new byte[RECORD_BYTES];
        new Random(1).nextBytes(value);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1))).all().get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // a freshly created topic can take a moment to get leaders; sending earlier only measures that wait
            while (!hasLeaders(admin, topic)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " got no partition leaders within 60 s");
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        List<java.util.concurrent.Future<?>> sends = new ArrayList<>(n);
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", stack.kafkaBootstrapServers(),
                "acks", "all", "linger.ms", 5, "enable.idempotence", true), new StringSerializer(), new ByteArraySerializer())) {
            primePartitions(producer, topic, value);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sends.add(producer.send(new ProducerRecord<>(topic, "k" + i, value)));
            }
            producer.flush();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            for (var send : sends) {
                send.get(); // every record must have made it, or the baseline means nothing
            }
            return took;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static boolean hasLeaders(Admin admin, String topic) throws InterruptedException {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (java.util.concurrent.ExecutionException e) {
            return false; // not known to the broker's metadata yet
        }
    }

    /** One acknowledged record per partition before timing: a fresh topic on a busy broker can take a while. */
    private static void primePartitions(KafkaProducer<String, byte[]> producer, String topic, byte[] value) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int partition = 0; partition < 3; partition++) {
            while (true) {
                try {
                    producer.send(new ProducerRecord<>(topic, partition, "prime", value)).get();
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
        }
    }

    private static Duration importAll(String url, List<JsonNode> articles, int batch) throws Exception {
        IngestClient client = new IngestClient(url, null);
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += batch) {
            JsonNode results = client.post(articles.subList(from, Math.min(articles.size(), from + batch)));
            for (JsonNode r : results) {
                if (!"accepted".equals(r.get("status").asString())) {
                    throw new IllegalStateException("benchmark article not accepted: " + r);
                }
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Waits until the articles topic holds {@code expected} records; returns how long that took. */
    private static Duration awaitArticles(LocalStack stack, long expected) throws Exception {
        long start = System.nanoTime();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            while (endOffsets(admin) < expected) {
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("ingest-service published " + endOffsets(admin) + " of " + expected + " articles in 10 minutes");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static long endOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get().get(Topics.ARTICLES).partitions();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(Topics.ARTICLES, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
    }

    /** {@code n} distinct English-like articles of about 2 KB in the corpus format. */
    static List<JsonNode> articles(String prefix, int n, long seed) {
        Random random = new Random(seed);
        List<JsonNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < RECORD_BYTES - 200) {
                for (int w = 0; w < 18; w++) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(w == 17 ? ". " : " ");
                }
                if (random.nextInt(4) == 0) {
                    body.append("\n\n");
                }
            }
            ObjectNode a = EventJson.mapper().createObjectNode();
            a.put("id", prefix + i);
            a.put("source", "Bench Wire");
            a.put("url", "https://bench.example/" + prefix + i);
            a.put("published", "2024-05-01T10:00:00Z");
            a.put("language", "en");
            a.put("title", "Benchmark article " + i + " about " + WORDS[random.nextInt(WORDS.length)]);
            a.put("body", body.toString().strip());
            out.add(a);
        }
        return out;
    }

    /**
     * Two figures: (a) into Kafka, every article accepted onto the durable raw topic (the import has its last 202,
     * which ingest-service sends only after the broker acknowledged the batch); (b) end to end, every article
     * normalised, de-duplicated and on {@code newsflow.articles}.
     */
    private static void report(int n, Duration baseline, Duration posting, Duration pipeline) {
        double baseRate = n / seconds(baseline);
        System.out.printf("plain KafkaProducer (acks=all, 2 KB):       %,8d records in %6.2f s = %,9.0f records/s%n", n, seconds(baseline), baseRate);
        line("(a) import -> raw topic (into Kafka):  ", n, posting, baseRate);
        line("(b) import -> articles (end to end):   ", n, pipeline, baseRate);
    }

    private static void line(String what, int n, Duration took, double baseRate) {
        double rate = n / seconds(took);
        double ratio = rate / baseRate;
        System.out.printf("%s %,8d articles in %6.2f s = %,9.0f articles/s  ratio %.2f (target >= %.2f)%s%n", what, n,
                seconds(took), rate, ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "" : "  BELOW TARGET");
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static int positive(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException(args.get(i - 1) + " needs a value");
        }
        try {
            int value = Integer.parseInt(args.get(i));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(args.get(i - 1) + " must be a positive whole number, was '" + args.get(i) + "'");
    }
}
