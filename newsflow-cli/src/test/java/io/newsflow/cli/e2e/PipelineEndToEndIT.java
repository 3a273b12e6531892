package io.newsflow.cli.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.cli.stack.Pipeline;
import io.newsflow.localstack.LocalStack;

/** The whole pipeline on local-stack's real Kafka and Elasticsearch, services started from the jars users run. */
class PipelineEndToEndIT {

    private static LocalStack servers;
    private static final String ALIAS = "e2e_articles";
    private static Pipeline pipeline;

    @BeforeAll
    static void startPipeline() throws Exception {
        servers = LocalStack.shared();
        pipeline = EndToEndScenario.startServices(servers.kafkaBootstrapServers(), servers.elasticsearchUrl(), ALIAS, "e2e-logs");
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everyArticlePostedToIngestIsIndexedExactlyOnceTaggedAndSearchable() throws Exception {
        EndToEndScenario.everyArticleIsIndexedExactlyOnceTaggedAndSearchable(pipeline, servers.elasticsearchUrl(), ALIAS);
    }
}
