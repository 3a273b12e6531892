package io.newsflow.cli.stack;

import java.nio.file.Path;
import java.util.List;

/** The three newsflow services, with their default HTTP ports and JVM options. */
public enum Service {
    /**
     * Holds the de-duplication window in memory (about 2.4 KB of heap per remembered article, so 1 GB holds some
     * 300,000 articles) and turns over a request's worth of garbage per import batch: the parallel collector collects
     * that on every core. Measured with {@code ./newsflow bench ingest} (3 timed rounds of 20,000 articles after 3
     * warm-up rounds, one run each): median ratio 0.53 with it, 0.39 with the serial collector (up to 490 ms of GC in
     * a round) and 0.37 with G1.
     */
    INGEST("ingest-service", 8081, List.of("-Xmx1g", "-XX:+UseParallelGC")),
    TAGGER("tagger-service", 8082, List.of("-Xmx512m", "-XX:+UseSerialGC")),
    /**
     * Keeps little between batches, but a poll of 1,000 tagged articles and their bulk request are live while
     * Elasticsearch answers: a young generation of 320 MB lets them die young (measured with {@code ./newsflow bench
     * index}: garbage collection 1 us of CPU per article instead of about 7).
     */
    INDEX("index-service", 8083, List.of("-Xmx512m", "-Xmn320m", "-XX:+UseSerialGC"));

    private final String module;
    private final int defaultPort;
    private final List<String> jvmOptions;

    Service(String module, int defaultPort, List<String> jvmOptions) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.jvmOptions = jvmOptions;
    }

    /** Heap and collector for the service's JVM when newsflow starts it ({@code ./newsflow up}, the demo, the benches). */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The Spring Boot executable jar that {@code mvn package} builds for this service. */
    public Path executableJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + RepoPaths.version() + "-exec.jar");
    }
}
