package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the broker's server.properties and log4j2 configuration. */
final class KafkaConfigFiles {

    static final String SERVER_PROPERTIES = "server.properties";
    static final String LOG4J2 = "log4j2.properties";

    private KafkaConfigFiles() {
    }

    /** Writes both files into {@code dir} and returns the server.properties path. */
    static Path write(Path dir, int port, int controllerPort) {
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("logs"));
            Files.writeString(dir.resolve(LOG4J2), LOG4J2_TEXT, StandardCharsets.UTF_8);
            Path properties = dir.resolve(SERVER_PROPERTIES);
            Files.writeString(properties, serverProperties(dir, port, controllerPort), StandardCharsets.UTF_8);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka configuration into " + dir, e);
        }
    }

    static String serverProperties(Path dir, int port, int controllerPort) {
        String host = Ports.HOST;
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=%2$s:%4$d
                listeners=PLAINTEXT://%2$s:%3$d,CONTROLLER://%2$s:%4$d
                advertised.listeners=PLAINTEXT://%2$s:%3$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%1$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=3
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=4
                log.retention.hours=168
                """.formatted(dir.resolve("data"), host, port, controllerPort);
    }

    private static final String LOG4J2_TEXT = """
            status = warn
            appender.console.type = Console
            appender.console.name = STDOUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            logger.authorizer.name = kafka.authorizer.logger
            logger.authorizer.level = WARN
            """;
}
