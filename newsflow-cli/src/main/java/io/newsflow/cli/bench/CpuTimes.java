package io.newsflow.cli.bench;

import java.time.Duration;

/**
 * CPU time of this JVM (the loader, the clients, and a service when it runs in-process), of the Elasticsearch and
 * Kafka processes local-stack started under it, and of the newsflow services it started as child JVMs from their
 * executable jars: on a small machine they compete for the same cores, so the split says what a ratio below target is
 * made of.
 */
public record CpuTimes(Duration elasticsearch, Duration kafka, Duration service, Duration jvm) {

    public static final CpuTimes ZERO = new CpuTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** Without a service process: Elasticsearch, Kafka and this JVM. */
    public CpuTimes(Duration elasticsearch, Duration kafka, Duration jvm) {
        this(elasticsearch, kafka, Duration.ZERO, jvm);
    }

    /** The CPU time used so far by this JVM and by the processes started under it. */
    public static CpuTimes now() {
        Duration elasticsearch = Duration.ZERO;
        Duration kafka = Duration.ZERO;
        Duration service = Duration.ZERO;
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            String command = process.info().commandLine().orElse("");
            Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
            // first: a service's command line names Kafka and Elasticsearch too (--spring.kafka.bootstrap-servers=...)
            if (command.contains("-service-") && command.contains("-exec.jar")) {
                service = service.plus(cpu);
            } else if (command.contains("elasticsearch")) {
                elasticsearch = elasticsearch.plus(cpu);
            } else if (command.contains("kafka")) {
                kafka = kafka.plus(cpu);
            }
        }
        return new CpuTimes(elasticsearch, kafka, service,
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
    }

    public CpuTimes minus(CpuTimes other) {
        return new CpuTimes(elasticsearch.minus(other.elasticsearch), kafka.minus(other.kafka),
                service.minus(other.service), jvm.minus(other.jvm));
    }

    public CpuTimes plus(CpuTimes other) {
        return new CpuTimes(elasticsearch.plus(other.elasticsearch), kafka.plus(other.kafka),
                service.plus(other.service), jvm.plus(other.jvm));
    }

    /** Cores each used on average over {@code wall}; service processes only when one ran. */
    public String cores(Duration wall) {
        double seconds = seconds(wall);
        return String.format("elasticsearch %.2f, kafka %.2f, %sJVM %.2f", seconds(elasticsearch) / seconds,
                seconds(kafka) / seconds,
                service.isZero() ? "" : String.format("service %.2f, ", seconds(service) / seconds),
                seconds(jvm) / seconds);
    }

    /** CPU per item, Elasticsearch / Kafka / this JVM; Elasticsearch / Kafka / service processes / this JVM when one ran. */
    public String perItem(int items) {
        return String.format("%.0f / %.0f / %s%.0f us", seconds(elasticsearch) * 1e6 / items,
                seconds(kafka) * 1e6 / items,
                service.isZero() ? "" : String.format("%.0f / ", seconds(service) * 1e6 / items),
                seconds(jvm) * 1e6 / items);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
