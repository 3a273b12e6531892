package io.newsflow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How to start a {@link LocalStack}.
 *
 * @param kafkaPort         broker listener port on 127.0.0.1; 0 picks a free port at start
 * @param elasticsearchPort Elasticsearch HTTP port on 127.0.0.1; 0 picks a free port at start
 * @param dataDir           where the broker log, Elasticsearch data and the process logs live
 * @param esHeap            Elasticsearch heap, used for both -Xms and -Xmx, e.g. {@code 512m}
 * @param fresh             wipe {@code dataDir} before starting, and delete it on {@link LocalStack#close()}
 * @param kafkaHeap         broker maximum heap, e.g. {@code 512m}
 * @param startupTimeout    how long each server may take to become ready
 */
public record LocalStackConfig(int kafkaPort, int elasticsearchPort, Path dataDir, String esHeap, boolean fresh,
        String kafkaHeap, Duration startupTimeout) {

    /** Default Kafka port of {@link #defaults()}. */
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** Default Elasticsearch port of {@link #defaults()}. */
    public static final int DEFAULT_ELASTICSEARCH_PORT = 9200;
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    public LocalStackConfig {
        requirePort(kafkaPort, "kafkaPort");
        requirePort(elasticsearchPort, "elasticsearchPort");
        Objects.requireNonNull(dataDir, "dataDir");
        requireHeap(esHeap, "esHeap");
        requireHeap(kafkaHeap, "kafkaHeap");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, was " + startupTimeout);
        }
        if (kafkaPort != 0 && kafkaPort == elasticsearchPort) {
            throw new IllegalArgumentException("kafkaPort and elasticsearchPort must differ, both were " + kafkaPort);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Ports 9092 and 9200, data kept between runs in {@code <cache dir>/stack}. */
    public static LocalStackConfig defaults() {
        return fromEnvironment(DEFAULT_KAFKA_PORT, DEFAULT_ELASTICSEARCH_PORT, Settings.cacheDir().resolve("stack"),
                false);
    }

    /** Free ports chosen now, a new temporary data directory (created at start, removed on close). */
    public static LocalStackConfig freePorts() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newsflow-stack-" + UUID.randomUUID());
        int kafka = Ports.free();
        int elasticsearch = Ports.free();
        while (elasticsearch == kafka) {
            elasticsearch = Ports.free();
        }
        return fromEnvironment(kafka, elasticsearch, dir, true);
    }

    /* Heaps and the start-up timeout may come from the environment, e.g. a slower CI machine. */
    private static LocalStackConfig fromEnvironment(int kafkaPort, int elasticsearchPort, Path dataDir,
            boolean fresh) {
        String timeout = Settings.get(Settings.STARTUP_TIMEOUT).orElse("120");
        try {
            return new LocalStackConfig(kafkaPort, elasticsearchPort, dataDir,
                    Settings.get(Settings.ES_HEAP).orElse("512m"), fresh,
                    Settings.get(Settings.KAFKA_HEAP).orElse("512m"), Duration.ofSeconds(Long.parseLong(timeout)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Settings.STARTUP_TIMEOUT + " must be a number of seconds, was "
                    + timeout);
        }
    }

    public LocalStackConfig withKafkaPort(int port) {
        return new LocalStackConfig(port, elasticsearchPort, dataDir, esHeap, fresh, kafkaHeap, startupTimeout);
    }

    public LocalStackConfig withElasticsearchPort(int port) {
        return new LocalStackConfig(kafkaPort, port, dataDir, esHeap, fresh, kafkaHeap, startupTimeout);
    }

    public LocalStackConfig withDataDir(Path dir) {
        return new LocalStackConfig(kafkaPort, elasticsearchPort, dir, esHeap, fresh, kafkaHeap, startupTimeout);
    }

    public LocalStackConfig withEsHeap(String heap) {
        return new LocalStackConfig(kafkaPort, elasticsearchPort, dataDir, heap, fresh, kafkaHeap, startupTimeout);
    }

    public LocalStackConfig withFresh(boolean wipe) {
        return new LocalStackConfig(kafkaPort, elasticsearchPort, dataDir, esHeap, wipe, kafkaHeap, startupTimeout);
    }

    public LocalStackConfig withStartupTimeout(Duration timeout) {
        return new LocalStackConfig(kafkaPort, elasticsearchPort, dataDir, esHeap, fresh, kafkaHeap, timeout);
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0 (any free port) or 1-65535, was " + port);
        }
    }

    private static void requireHeap(String heap, String name) {
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException(name + " must look like 512m or 1g, was " + heap);
        }
    }
}
