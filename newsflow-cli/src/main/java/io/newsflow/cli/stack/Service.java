package io.newsflow.cli.stack;

import java.nio.file.Path;
import java.util.List;

/** The three newsflow services, with their default HTTP ports and JVM options. */
public enum Service {
    /**
     * Holds the de-duplication window in memory (about 2.4 KB of heap per remembered article, so 2 GB hold some
     * 600,000 articles) and turns over a request's worth of garbage per import batch: the parallel collector collects
     * that on every core. The heap is taken and touched at start ({@code -Xms} = {@code -Xmx}, {@code AlwaysPreTouch}):
     * when the band index doubles its table (256 MB at about 130,000 articles) the memory is already mapped, and
     * that round no longer stalls on page faults. Remembered articles are promoted after one young collection
     * instead of being copied between survivor spaces. Measured with {@code ./newsflow bench ingest} against the
     * 300,000-record perf test (7 rounds, runs interleaved): median ratio 0.41 and 0.40 with these options, 0.40
     * and 0.33 without {@code AlwaysPreTouch}, 0.35 and 0.30 with the earlier {@code -Xmx1g -XX:+UseParallelGC}.
     * An earlier session measured the serial collector (0.39, up to 490 ms of GC in a round) and G1 (0.37) against
     * the parallel one (0.53) with the 100,000-record perf test.
     */
    INGEST("ingest-service", 8081, List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
            "-XX:MaxTenuringThreshold=1")),
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

    /**
     * {@link #jvmOptions()} followed by those of the environment variable {@code NEWSFLOW_<SERVICE>_JAVA_OPTS} (e.g.
     * {@code NEWSFLOW_INGEST_JAVA_OPTS="-Xmx4g"}; split at white space), which win where they set the same option.
     */
    public List<String> jvmOptions(java.util.Map<String, String> environment) {
        String extra = environment.getOrDefault(environmentVariable(), "").strip();
        if (extra.isEmpty()) {
            return jvmOptions;
        }
        List<String> options = new java.util.ArrayList<>(jvmOptions);
        options.addAll(List.of(extra.split("\\s+")));
        return List.copyOf(options);
    }

    /** {@code NEWSFLOW_INGEST_JAVA_OPTS} and so on: more JVM options for this service. */
    public String environmentVariable() {
        return "NEWSFLOW_" + name() + "_JAVA_OPTS";
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
