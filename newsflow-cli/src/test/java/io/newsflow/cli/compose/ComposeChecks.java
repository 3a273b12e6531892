package io.newsflow.cli.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Checks that concern the compose file as a whole: start order and health, the topic layout the services share,
 * the hosts they connect to, and the image versions against the versions the build uses. Each method returns one
 * readable sentence per problem; an empty list means the check passes.
 */
final class ComposeChecks {

    static final String KAFKA_IMAGE = "apache/kafka";
    static final String ELASTIC_IMAGES = "docker.elastic.co/";

    private final ComposeProject project;
    private final ComposeFile compose;

    ComposeChecks(ComposeProject project) {
        this.project = project;
        this.compose = project.compose();
    }

    List<String> healthAndStartOrder() {
        List<String> problems = new ArrayList<>();
        for (String service : compose.services().keySet()) {
            if (!compose.isOneShot(service) && compose.healthcheck(service) == null) {
                problems.add(service + " has no healthcheck, so nothing can wait for it to be ready"
                        + " (mark containers that run once with the label " + ComposeFile.ONE_SHOT_LABEL + ")");
            }
            compose.dependsOn(service).forEach((dependency, condition) -> {
                if (!compose.services().containsKey(dependency)) {
                    problems.add(service + " depends on " + dependency + ", which is not a service");
                    return;
                }
                String expected = compose.isOneShot(dependency) ? "service_completed_successfully" : "service_healthy";
                if (!expected.equals(condition)) {
                    problems.add(service + " waits for " + dependency + " with condition " + condition
                            + "; expected " + expected);
                }
            });
        }
        return problems;
    }

    List<String> topicLayout() {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> topicSettings = new TreeMap<>();
        compose.builtServices().keySet().forEach(service -> compose.environment(service).forEach((key, value) -> {
            if (key.startsWith("NEWSFLOW_TOPICS_")) {
                topicSettings.computeIfAbsent(key, k -> new TreeMap<>()).put(service, value);
            }
        }));
        topicSettings.forEach((key, values) -> {
            if (values.size() != compose.builtServices().size() || new TreeSet<>(values.values()).size() > 1) {
                problems.add("services disagree on " + key + " (unset means the code default): " + values);
            }
        });
        List<String> brokers = brokers();
        if (brokers.isEmpty()) {
            problems.add("no service runs the " + KAFKA_IMAGE + " image");
            return problems;
        }
        Map<String, String> pipeline = topicSettings.getOrDefault("NEWSFLOW_TOPICS_REPLICATION_FACTOR", Map.of());
        pipeline.forEach((service, value) -> checkReplication(problems, service, "NEWSFLOW_TOPICS_REPLICATION_FACTOR",
                value, brokers.size()));
        for (String broker : brokers) {
            Map<String, String> environment = compose.environment(broker);
            environment.forEach((key, value) -> {
                if (key.endsWith("REPLICATION_FACTOR")) {
                    checkReplication(problems, broker, key, value, brokers.size());
                }
            });
            String brokerDefault = environment.get("KAFKA_NUM_PARTITIONS");
            topicSettings.getOrDefault("NEWSFLOW_TOPICS_PARTITIONS", Map.of()).forEach((service, value) -> {
                if (brokerDefault != null && !ComposeFile.withDefaults(brokerDefault).equals(ComposeFile.withDefaults(value))) {
                    problems.add(service + " creates topics with " + ComposeFile.withDefaults(value) + " partitions but "
                            + broker + " defaults to " + ComposeFile.withDefaults(brokerDefault));
                }
            });
        }
        return problems;
    }

    /** Every Kafka and Elasticsearch address a service is given is a compose service it waits for. */
    List<String> connections() {
        List<String> problems = new ArrayList<>();
        for (String service : compose.builtServices().keySet()) {
            Map<String, String> environment = compose.environment(service);
            String bootstrap = environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null) {
                for (String address : ComposeFile.withDefaults(bootstrap).split(",")) {
                    checkAddress(problems, service, address.trim());
                    if (brokers().stream().noneMatch(broker -> String.valueOf(compose.environment(broker)
                            .get("KAFKA_ADVERTISED_LISTENERS")).contains("//" + address.trim()))) {
                        problems.add(service + " bootstraps from " + address.trim() + ", which no broker advertises");
                    }
                }
            }
            String uris = environment.get("SPRING_ELASTICSEARCH_URIS");
            if (uris != null) {
                for (String uri : ComposeFile.withDefaults(uris).split(",")) {
                    checkAddress(problems, service, uri.trim().replaceFirst("^https?://", "").replaceFirst("/.*$", ""));
                }
            }
        }
        return problems;
    }

    /** Elasticsearch and Kibana images match the server version the build tests against; Kafka matches the client. */
    List<String> imageVersions() {
        List<String> problems = new ArrayList<>();
        String elasticsearch = project.parent().property("elasticsearch.server.version").orElse("?");
        compose.services().forEach((service, definition) -> {
            String image = String.valueOf(definition.get("image"));
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "latest";
            if (image.startsWith(ELASTIC_IMAGES) && !tag.equals(elasticsearch)) {
                problems.add(service + " runs " + image + " but the build uses Elasticsearch " + elasticsearch);
            }
            if (image.startsWith(KAFKA_IMAGE + ":") && !tag.equals(AppInfoParser.getVersion())) {
                problems.add(service + " runs " + image + " but the services use kafka-clients " + AppInfoParser.getVersion());
            }
        });
        return problems;
    }

    private List<String> brokers() {
        return compose.services().entrySet().stream()
                .filter(e -> String.valueOf(e.getValue().get("image")).startsWith(KAFKA_IMAGE + ":"))
                .map(Map.Entry::getKey).toList();
    }

    private void checkAddress(List<String> problems, String service, String address) {
        String host = address.contains(":") ? address.substring(0, address.indexOf(':')) : address;
        if (!compose.services().containsKey(host)) {
            problems.add(service + " connects to " + address + ", but " + host + " is not a compose service");
        } else if (!compose.dependsOn(service).containsKey(host)) {
            problems.add(service + " connects to " + host + " without waiting for it in depends_on");
        }
    }

    private static void checkReplication(List<String> problems, String service, String key, String value, int brokers) {
        String resolved = ComposeFile.withDefaults(value);
        if (!resolved.matches("\\d+") || Integer.parseInt(resolved) < 1 || Integer.parseInt(resolved) > brokers) {
            problems.add(service + " sets " + key + "=" + resolved + " but compose runs " + brokers + " Kafka broker(s)");
        }
    }
}
