package io.newsflow.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml agrees with the code it deploys: what each service listens on, which settings it reads, which
 * jar the build makes, and the topic layout and hosts the services share. No Docker needed; the second half of the
 * class breaks one thing at a time in memory to show each check catches it.
 */
class DockerComposeConsistencyTest {

    private static SpringBootMetadata metadata;

    private ComposeProject project;
    private ComposeChecks composeChecks;
    private ServiceChecks serviceChecks;
    private DockerfileChecks dockerfileChecks;

    @BeforeAll
    static void loadSpringBootMetadata() {
        metadata = SpringBootMetadata.load();
    }

    @BeforeEach
    void loadComposeFile() {
        project = ComposeProject.load();
        composeChecks = new ComposeChecks(project);
        serviceChecks = new ServiceChecks(project, metadata);
        dockerfileChecks = new DockerfileChecks(project);
    }

    @Test
    void deploysTheThreeServicesWithKafkaElasticsearchAndKibana() {
        assertThat(project.compose().builtServices()).containsOnlyKeys("ingest-service", "tagger-service", "index-service");
        assertThat(project.compose().services()).containsKeys("kafka", "elasticsearch", "kibana", "kibana-setup");
        assertThat(metadata.size()).as("Spring Boot properties found on the class path").isGreaterThan(500);
    }

    @Test
    void everyLongRunningServiceHasAHealthcheckAndDependentsWaitForIt() {
        assertThat(composeChecks.healthAndStartOrder()).isEmpty();
    }

    @Test
    void publishedPortsHealthChecksAndServerPortMatchApplicationYml() {
        assertThat(serviceChecks.ports()).isEmpty();
    }

    @Test
    void everySpringAndNewsflowVariableBindsToAPropertyTheServiceReads() {
        assertThat(serviceChecks.environment()).isEmpty();
    }

    @Test
    void servicesShareOneTopicLayoutThatTheSingleBrokerCanHold() {
        assertThat(composeChecks.topicLayout()).isEmpty();
    }

    @Test
    void servicesConnectOnlyToComposeServicesTheyWaitFor() {
        assertThat(composeChecks.connections()).isEmpty();
    }

    @Test
    void dockerfilesBuildTheModuleAndRunTheExecJarItProduces() {
        assertThat(dockerfileChecks.dockerfiles()).isEmpty();
    }

    @Test
    void imagesMatchTheElasticsearchAndKafkaVersionsOfTheBuild() {
        assertThat(composeChecks.imageVersions()).isEmpty();
    }

    @Test
    void kibanaSetupImportsSavedObjectsWithTheElasticPasswordFromTheEnvironment() throws Exception {
        assertThat(project.compose().dependsOn("kibana-setup")).containsEntry("kibana", "service_healthy");
        assertThat(project.compose().environment("kibana").get("ELASTICSEARCH_USERNAME")).isEqualTo("kibana_system");
        assertThat(Files.readString(project.root().resolve("docker/kibana-setup.sh")))
                .contains("/api/saved_objects/_import", "/kibana/*.ndjson");
        assertThat(project.compose().environment("elasticsearch").get("ELASTIC_PASSWORD")).startsWith("${ELASTIC_PASSWORD");
        assertThat(Files.readString(project.root().resolve(".env.example"))).contains("ELASTIC_PASSWORD=", "KIBANA_PASSWORD=");
    }

    @Test
    void everyVariableComposeInterpolatesIsDocumentedInEnvExampleWithAPlaceholderPassword() throws Exception {
        String composeText = Files.readString(project.root().resolve("docker-compose.yml"));
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(project.root().resolve(".env.example"))) {
            if (line.contains("=") && !line.startsWith("#")) {
                example.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim());
            }
        }
        Matcher interpolation = Pattern.compile("(?<!\\$)\\$\\{(\\w+)").matcher(composeText);
        while (interpolation.find()) {
            assertThat(example).as(".env.example documents ${%s}", interpolation.group(1)).containsKey(interpolation.group(1));
        }
        assertThat(example).hasEntrySatisfying("ELASTIC_PASSWORD", value -> assertThat(value).startsWith("change-me"))
                .hasEntrySatisfying("KIBANA_PASSWORD", value -> assertThat(value).startsWith("change-me"));
    }

    // The checks above can fail: each test below breaks one thing in memory and expects the matching complaint.

    @Test
    void reportsAPublishedPortThatIsNotTheServerPort() {
        project.compose().service("ingest-service").put("ports", List.of("9081:8081"));

        assertThat(serviceChecks.ports()).singleElement().asString()
                .contains("ingest-service publishes 9081:8081", "server.port of ingest-service is 8081");
    }

    @Test
    void reportsAHealthCheckOnAnotherPort() {
        project.compose().service("tagger-service").put("healthcheck",
                Map.of("test", List.of("CMD-SHELL", "curl -fsS http://localhost:8080/actuator/health")));

        assertThat(serviceChecks.ports()).singleElement().asString().contains("tagger-service health check");
    }

    @Test
    void reportsAVariableThatBindsToNothing() {
        environment("tagger-service").put("NEWSFLOW_TAGGER_NO_SUCH_SETTING", "1");

        assertThat(serviceChecks.environment()).singleElement().asString()
                .contains("NEWSFLOW_TAGGER_NO_SUCH_SETTING binds to no property of tagger-service");
    }

    @Test
    void reportsElasticsearchSettingsOnAServiceThatDoesNotUseElasticsearch() {
        environment("tagger-service").put("SPRING_ELASTICSEARCH_URIS", "http://elasticsearch:9200");

        assertThat(serviceChecks.environment()).singleElement().asString()
                .contains("tagger-service does not configure spring.elasticsearch");
    }

    @Test
    void reportsALocalhostAddressTheContainerWouldUse() {
        environment("index-service").remove("SPRING_ELASTICSEARCH_URIS");

        assertThat(serviceChecks.environment()).singleElement().asString()
                .contains("spring.elasticsearch.uris at http://localhost:9200", "SPRING_ELASTICSEARCH_URIS");
    }

    @Test
    void reportsADependencyThatIsOnlyStartedNotHealthy() {
        project.compose().service("ingest-service").put("depends_on", List.of("kafka"));

        assertThat(composeChecks.healthAndStartOrder()).singleElement().asString()
                .contains("ingest-service waits for kafka with condition service_started; expected service_healthy");
    }

    @Test
    void reportsAServiceWithoutHealthcheck() {
        project.compose().service("kafka").remove("healthcheck");

        assertThat(composeChecks.healthAndStartOrder()).singleElement().asString().contains("kafka has no healthcheck");
    }

    @Test
    void reportsServicesThatDisagreeOnPartitions() {
        environment("tagger-service").put("NEWSFLOW_TOPICS_PARTITIONS", "6");

        assertThat(composeChecks.topicLayout()).anySatisfy(problem ->
                assertThat(problem).contains("services disagree on NEWSFLOW_TOPICS_PARTITIONS"));
    }

    @Test
    void reportsAReplicationFactorAboveTheBrokerCount() {
        for (String service : project.compose().builtServices().keySet()) {
            environment(service).put("NEWSFLOW_TOPICS_REPLICATION_FACTOR", "3");
        }

        assertThat(composeChecks.topicLayout()).hasSize(3)
                .allSatisfy(problem -> assertThat(problem).contains("REPLICATION_FACTOR=3 but compose runs 1 Kafka broker"));
    }

    @Test
    void reportsABootstrapAddressNoBrokerAdvertises() {
        environment("index-service").put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9093");

        assertThat(composeChecks.connections()).singleElement().asString()
                .contains("index-service bootstraps from kafka:9093, which no broker advertises");
    }

    @Test
    void reportsADockerfileThatCopiesAJarTheBuildDoesNotProduce() throws Exception {
        String dockerfile = Files.readString(project.compose().dockerfile(project.root(), "index-service"));

        assertThat(dockerfileChecks.dockerfile("index-service", dockerfile)).isEmpty();
        assertThat(dockerfileChecks.dockerfile("index-service", dockerfile.replace("-exec.jar", ".jar")))
                .singleElement().asString().contains("no COPY --from the build stage takes exactly index-service/target/index-service-");
    }

    @Test
    void reportsAnImageThatDoesNotMatchTheBuildVersions() {
        project.compose().service("kibana").put("image", "docker.elastic.co/kibana/kibana:8.19.0");

        assertThat(composeChecks.imageVersions()).singleElement().asString()
                .contains("kibana runs docker.elastic.co/kibana/kibana:8.19.0 but the build uses Elasticsearch 9.2.8");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String service) {
        return (Map<String, Object>) project.compose().service(service).get("environment");
    }
}
