package io.newsflow.cli.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import io.newsflow.cli.stack.Pipeline;

/**
 * The same end-to-end check on Kafka and Elasticsearch containers, for machines with Docker. Skipped where no Docker
 * engine runs (as here and in CI, where {@link PipelineEndToEndIT} covers it on local-stack).
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final ElasticsearchContainer ELASTICSEARCH =
            new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.2.8")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    private static final String ALIAS = "e2e_tc_articles";
    private static Pipeline pipeline;

    @BeforeAll
    static void startServices() throws Exception {
        pipeline = EndToEndScenario.startServices(KAFKA.getBootstrapServers(),
                "http://" + ELASTICSEARCH.getHttpHostAddress(), ALIAS, "e2e-testcontainers-logs");
    }

    @AfterAll
    static void stopServices() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void everyArticlePostedToIngestIsIndexedExactlyOnceTaggedAndSearchable() throws Exception {
        EndToEndScenario.everyArticleIsIndexedExactlyOnceTaggedAndSearchable(pipeline, "http://" + ELASTICSEARCH.getHttpHostAddress(), ALIAS);
    }
}
