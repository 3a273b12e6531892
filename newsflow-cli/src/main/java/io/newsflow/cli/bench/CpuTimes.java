package io.newsflow.cli.bench;

import java.time.Duration;

/**
 * CPU time of this JVM (the service under test, the loader, the clients) and of the Elasticsearch and Kafka
 * processes local-stack started under it: on a small machine they compete for the same
 * cores, so the split says what a ratio below target is made of.
 */
public record CpuTimes(Duration elasticsearch, Duration kafka, Duration jvm) {

    public static final CpuTimes ZERO = new CpuTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** The CPU time used so far by this JVM and by the local-stack processes started under it. */
    public static CpuTimes now() {
        Duration elasticsearch = Duration.ZERO;
        Duration kafka = Duration.ZERO;
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            String command = process.info().commandLine().orElse("");
            Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
            if (command.contains("elasticsearch")) {
                elasticsearch = elasticsearch.plus(cpu);
            } else if (command.contains("kafka")) {
                kafka = kafka.plus(cpu);
            }
        }
        return new CpuTimes(elasticsearch, kafka,
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
    }

    public CpuTimes minus(CpuTimes other) {
        return new CpuTimes(elasticsearch.minus(other.elasticsearch), kafka.minus(other.kafka), jvm.minus(other.jvm));
    }

    public CpuTimes plus(CpuTimes other) {
        return new CpuTimes(elasticsearch.plus(other.elasticsearch), kafka.plus(other.kafka), jvm.plus(other.jvm));
    }

    /** Cores each used on average over {@code wall}. */
    public String cores(Duration wall) {
        double seconds = seconds(wall);
        return String.format("elasticsearch %.2f, kafka %.2f, JVM %.2f", seconds(elasticsearch) / seconds,
                seconds(kafka) / seconds, seconds(jvm) / seconds);
    }

    /** CPU per item, Elasticsearch / Kafka / this JVM. */
    public String perItem(int items) {
        return String.format("%.0f / %.0f / %.0f us", seconds(elasticsearch) * 1e6 / items,
                seconds(kafka) * 1e6 / items, seconds(jvm) * 1e6 / items);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
