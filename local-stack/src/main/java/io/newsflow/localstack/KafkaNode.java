package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process) in a child JVM, listening on
 * 127.0.0.1. Stopping and starting keeps its port and data.
 */
public final class KafkaNode {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final String heap;
    private final Duration startupTimeout;
    private ChildProcess child;

    KafkaNode(int port, Path dir, String heap, Duration startupTimeout) {
        this.port = port == 0 ? Ports.free() : port;
        this.dir = dir;
        this.heap = heap;
        this.startupTimeout = startupTimeout;
        this.controllerPort = controllerPort(dir, this.port);
    }

    /** Starts the broker unless it runs, and waits until it answers requests. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Ports.requireFree(port, "Kafka", "is another broker running? choose another port with --kafka-port");
        Ports.requireFree(controllerPort, "Kafka controller", "recorded in " + dir.resolve("controller.port"));
        String classpath = KafkaBrokerClasspath.resolve();
        Path properties = KafkaConfigFiles.write(dir, port, controllerPort);
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            ChildProcess.run("Kafka storage format", java(classpath, "kafka.tools.StorageTool", "format",
                    "--standalone", "-t", clusterId(), "-c", properties.toString()), dir, log(), startupTimeout);
        }
        child = ChildProcess.start("Kafka broker", java(classpath, "kafka.Kafka", properties.toString()), List.of(),
                Map.of(), dir, log());
        child.awaitReady(startupTimeout, () -> KafkaProbe.answers(port));
    }

    /** Shuts the broker down cleanly (SIGTERM, then SIGKILL after 30 s) and waits until it has exited. */
    public synchronized void stop() {
        if (child != null) {
            child.stop(STOP_GRACE);
            child = null;
        }
    }

    /** {@link #stop()} then {@link #start()}, same port and data. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** Kills the broker with SIGKILL, as a crash would; {@link #start()} recovers its data. */
    public synchronized void kill() {
        if (child != null) {
            child.kill();
            child = null;
        }
    }

    public synchronized boolean isRunning() {
        return child != null && child.isAlive();
    }

    /** {@code 127.0.0.1:PORT}. */
    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /**
     * Runs one of Kafka's own command-line tools in a child JVM on the broker's classpath, e.g.
     * {@code org.apache.kafka.tools.ProducerPerformance} (what {@code kafka-producer-perf-test.sh} runs), and returns
     * what it printed. Fails when it does not exit with 0 within {@code timeout}.
     */
    public String runTool(String mainClass, Duration timeout, String... args) {
        String name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path output = dir.resolve("tool-" + name + "-" + System.nanoTime() + ".log");
        ChildProcess.run(name, java(KafkaBrokerClasspath.resolve(), mainClass, args), dir, output, timeout);
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output of " + name + " from " + output, e);
        }
    }

    /** The broker's console log. */
    public Path log() {
        return dir.resolve("broker.log");
    }

    synchronized List<ProcessHandle> processes() {
        return child == null ? List.of() : child.tree();
    }

    private List<String> java(String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx" + heap, "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve(KafkaConfigFiles.LOG4J2),
                "-Dkafka.logs.dir=" + dir.resolve("logs"),
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /* The controller port is part of the formatted metadata (standalone quorum), so it is chosen once per dir. */
    private static int controllerPort(Path dir, int brokerPort) {
        Path file = dir.resolve("controller.port");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim());
            }
            int port = Ports.free();
            while (port == brokerPort) {
                port = Ports.free();
            }
            Files.writeString(file, Integer.toString(port), StandardCharsets.UTF_8);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the Kafka controller port in " + file, e);
        }
    }

    /**
     * A random cluster id in Kafka's form (URL-safe base64 of 16 bytes). One that starts with '-' is drawn again, as
     * Kafka's own {@code Uuid.randomUuid()} does: the storage tool would read it as an option and refuse to format.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            byte[] bytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array();
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
