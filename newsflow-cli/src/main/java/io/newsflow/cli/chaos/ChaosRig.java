package io.newsflow.cli.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.cli.stack.Pipeline;
import io.newsflow.cli.stack.RepoPaths;
import io.newsflow.cli.stack.Service;
import io.newsflow.cli.stack.ServiceProcess;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;

/**
 * What the scenarios break: a real Kafka and Elasticsearch from local-stack on free ports, and the three services
 * started from their jars, plus the clients that feed and audit them.
 */
final class ChaosRig implements AutoCloseable {

    /** The first tagger's instance id; a restarted tagger keeps it, so it aborts its predecessor's open transaction. */
    static final String TAGGER_INSTANCE = "chaos-tagger-1";

    private final LocalStack stack;
    private final Pipeline pipeline;
    private final Path logs;
    private final Intake intake;
    private final Ledger ledger;
    private final KafkaProducer<String, byte[]> rawProducer;

    private ChaosRig(LocalStack stack, Pipeline pipeline, Path logs) {
        this.stack = stack;
        this.pipeline = pipeline;
        this.logs = logs;
        this.intake = new Intake(pipeline.url(Service.INGEST));
        this.ledger = new Ledger(stack.elasticsearchUrl(), stack.kafkaBootstrapServers());
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        this.rawProducer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Starts Kafka, Elasticsearch and the services (logs under {@code logs}); on failure stops what started. */
    static ChaosRig start(Path logs) throws IOException {
        Files.createDirectories(logs);
        quietKafkaClients();
        LocalStack stack = LocalStack.start(LocalStackConfig.freePorts());
        try {
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, ServiceProcess.freePort());
            }
            Pipeline pipeline = Pipeline.start(RepoPaths.root(), stack.kafkaBootstrapServers(), stack.elasticsearchUrl(),
                    ports, logs, Map.of("newsflow.tagger.instance-id", TAGGER_INSTANCE));
            return new ChaosRig(stack, pipeline, logs);
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    Intake intake() {
        return intake;
    }

    Ledger ledger() {
        return ledger;
    }

    Path logs() {
        return logs;
    }

    /** Writes {@code value} as it is onto an internal topic, as only a broken upstream producer could. */
    void sendRaw(String topic, String key, byte[] value) throws Exception {
        rawProducer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    /* The audit opens a consumer per check; the clients' INFO lines would bury the figures. */
    private static void quietKafkaClients() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Stops the services, then the servers, and deletes the servers' data. */
    @Override
    public void close() {
        try {
            rawProducer.close(java.time.Duration.ofSeconds(5));
            pipeline.close();
        } finally {
            stack.close();
        }
    }
}
