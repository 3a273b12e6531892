package io.newsflow.cli.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackConfig;

/** Local Kafka and Elasticsearch plus the three services: what {@code demo} and {@code up} run. */
final class RunningStack implements AutoCloseable {

    private final LocalStack servers;
    private final Pipeline pipeline;

    private RunningStack(LocalStack servers, Pipeline pipeline) {
        this.servers = servers;
        this.pipeline = pipeline;
    }

    /**
     * Starts everything; {@code fresh} wipes {@code dataDir} first and removes it on close (the demo), otherwise data
     * is kept between runs ({@code up}/{@code down}).
     */
    static RunningStack start(StackOptions options, Path dataDir, boolean fresh) throws IOException {
        Path root = RepoPaths.root();
        long started = System.nanoTime();
        System.out.println("Starting Kafka (:" + options.kafkaPort() + ") and Elasticsearch (:" + options.elasticsearchPort() + ")...");
        LocalStack servers = LocalStack.start(LocalStackConfig.defaults()
                .withKafkaPort(options.kafkaPort())
                .withElasticsearchPort(options.elasticsearchPort())
                .withDataDir(dataDir)
                .withFresh(fresh));
        System.out.printf("  kafka %s, elasticsearch %s ready after %.1f s%n", servers.kafkaBootstrapServers(),
                servers.elasticsearchUrl(), (System.nanoTime() - started) / 1e9);
        try {
            System.out.println("Starting ingest, tagger and index services...");
            Pipeline pipeline = Pipeline.start(root, servers.kafkaBootstrapServers(), servers.elasticsearchUrl(),
                    options.servicePorts(), RepoPaths.stateDir().resolve("logs"),
                    Map.of("newsflow.feeds.allow-private-addresses", "true"));
            System.out.printf("  services healthy after %.1f s (logs in %s)%n", (System.nanoTime() - started) / 1e9,
                    RepoPaths.stateDir().resolve("logs"));
            return new RunningStack(servers, pipeline);
        } catch (IOException | RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    StackState state() {
        return new StackState(ProcessHandle.current().pid(), servers.kafkaBootstrapServers(), servers.elasticsearchUrl(),
                pipeline.url(Service.INGEST), pipeline.url(Service.TAGGER), pipeline.url(Service.INDEX));
    }

    Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } finally {
            servers.close();
        }
    }
}
