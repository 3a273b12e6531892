package io.newsflow.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The classpath of the Kafka broker child JVM. The build writes it (jar paths in the local Maven repository) into
 * the resource {@code kafka-broker.classpath}, so the broker jars never reach the classpath of local-stack's users.
 */
final class KafkaBrokerClasspath {

    static final String RESOURCE = "kafka-broker.classpath";

    private KafkaBrokerClasspath() {
    }

    /** {@code NEWSFLOW_KAFKA_CLASSPATH}, else the recorded classpath; every entry must exist. */
    static String resolve() {
        String classpath = Settings.get(Settings.KAFKA_CLASSPATH).orElseGet(KafkaBrokerClasspath::recorded);
        return validate(classpath);
    }

    static String validate(String classpath) {
        List<String> entries = Arrays.stream(classpath.split(File.pathSeparator)).map(String::trim)
                .filter(entry -> !entry.isEmpty()).toList();
        if (entries.stream().noneMatch(entry -> entry.contains("kafka_2.13"))) {
            throw new LocalStackException("The Kafka broker classpath has no kafka_2.13 jar: " + classpath);
        }
        List<String> missing = entries.stream().filter(entry -> !Files.exists(Path.of(entry))).toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException("Kafka broker jars are missing: " + missing + ". Run `mvn -pl local-stack"
                    + " install` to download them, or set " + Settings.KAFKA_CLASSPATH);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String recorded() {
        try (InputStream in = KafkaBrokerClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new LocalStackException("Resource " + RESOURCE + " is missing: local-stack was not built by"
                        + " Maven (run `mvn -pl local-stack install`)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
