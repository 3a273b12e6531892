package io.newsflow.index.messaging;

import static io.newsflow.index.messaging.IndexingFixture.article;
import static io.newsflow.index.messaging.IndexingFixture.countWithPrefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.IndexApplication;
import io.newsflow.localstack.LocalStack;
import io.newsflow.model.Topics;

@SpringBootTest(classes = IndexApplication.class)
class ElasticsearchOutageIT {

    private static final String ALIAS = "it_outage_" + UUID.randomUUID().toString().substring(0, 8);
    private static final int BEFORE = 3_000;
    private static final int DURING = 2_000;

    @Autowired
    private KafkaTemplate<String, Object> kafka;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStack.shared();
        registry.add("spring.kafka.bootstrap-servers", stack::kafkaBootstrapServers);
        registry.add("spring.elasticsearch.uris", stack::elasticsearchUrl);
        registry.add("spring.kafka.consumer.group-id", () -> ALIAS + "-group");
        registry.add("newsflow.index.alias", () -> ALIAS);
        // Short enough that the outage exercises hand-back, pause and redelivery several times.
        registry.add("newsflow.index.batch-timeout", () -> "5s");
        registry.add("newsflow.index.retry-max-backoff", () -> "2s");
    }

    @AfterEach
    void elasticsearchIsBack() {
        if (!LocalStack.shared().elasticsearch().isRunning()) {
            LocalStack.shared().elasticsearch().start();
        }
    }

    @Test
    void indexesEveryArticleExactlyOnceAcrossAThirtySecondElasticsearchOutage() throws Exception {
        String ids = IndexingFixture.runPrefix("outage");
        publish(ids, 0, BEFORE);
        await().atMost(Duration.ofSeconds(60)).until(() -> countWithPrefix(elasticsearch, ALIAS, ids) >= 200);

        LocalStack.shared().elasticsearch().stop();
        publish(ids, BEFORE, BEFORE + DURING);
        await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(35))
                .until(() -> listeners.getListenerContainers().stream().allMatch(c -> c.isRunning()));
        LocalStack.shared().elasticsearch().start();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(countWithPrefix(elasticsearch, ALIAS, ids)).isEqualTo(BEFORE + DURING));
        assertThat(listeners.getListenerContainers()).isNotEmpty().allMatch(c -> c.isRunning());
    }

    private void publish(String ids, int from, int to) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = from; i < to; i++) {
            sends.add(kafka.send(Topics.TAGGED_ARTICLES, ids + i, article(ids + i, "Story " + i, 1)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    }
}
