package io.newsflow.index.health;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import io.newsflow.model.Topics;

/**
 * Health of the tagged-articles consumer ({@code /actuator/health/kafkaConsumer}): DOWN when a listener container
 * stopped, with the consumer group's lag on {@link Topics#TAGGED_ARTICLES} (total and per partition) as details.
 * Lag alone never makes the service DOWN: a backlog is work to do, not a fault.
 */
@Component("kafkaConsumerHealthIndicator")
class ConsumerLagHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final long TIMEOUT_SECONDS = 5;

    private final KafkaAdmin kafkaAdmin;
    private final KafkaListenerEndpointRegistry listeners;
    private final String groupId;
    private volatile Admin admin;

    ConsumerLagHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners,
                               @Value("${spring.kafka.consumer.group-id}") String groupId) {
        super("Kafka consumer health check failed");
        this.kafkaAdmin = kafkaAdmin;
        this.listeners = listeners;
        this.groupId = groupId;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean running = !listeners.getListenerContainers().isEmpty()
                && listeners.getListenerContainers().stream().allMatch(MessageListenerContainer::isRunning);
        Map<Integer, Long> lag = lagByPartition();
        (running ? builder.up() : builder.down())
                .withDetail("group", groupId)
                .withDetail("topic", Topics.TAGGED_ARTICLES)
                .withDetail("listenersRunning", running)
                .withDetail("lag", lag.values().stream().mapToLong(Long::longValue).sum())
                .withDetail("lagByPartition", lag);
    }

    private Map<Integer, Long> lagByPartition() throws Exception {
        Admin client = admin();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        var partitions = client.describeTopics(List.of(Topics.TAGGED_ARTICLES)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(Topics.TAGGED_ARTICLES).partitions().stream()
                .map(p -> new TopicPartition(Topics.TAGGED_ARTICLES, p.partition()))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(partitions).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<Integer, Long> lag = new TreeMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata done = committed.get(partition);
            lag.put(partition.partition(), Math.max(0, end.offset() - (done == null ? 0 : done.offset())));
        });
        return lag;
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafkaAdmin.getConfigurationProperties());
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        if (admin != null) {
            admin.close();
        }
    }
}
