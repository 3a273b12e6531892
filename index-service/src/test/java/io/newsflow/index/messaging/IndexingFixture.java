package io.newsflow.index.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.newsflow.model.DeadLetter;
import io.newsflow.model.EntityType;
import io.newsflow.model.EventJson;
import io.newsflow.model.Entity;
import io.newsflow.model.TaggedArticle;
import io.newsflow.model.Topics;

/** Test data and Elasticsearch/Kafka probes shared by the indexing integration tests. */
final class IndexingFixture {

    private IndexingFixture() {
    }

    /** A prefix no earlier run used, so counts only see this run's articles. */
    static String runPrefix(String test) {
        return "it-" + test + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    static TaggedArticle article(String id, String title, long version) {
        return withSource(id, title, version, "Example Wire");
    }

    static TaggedArticle withSource(String id, String title, long version, String source) {
        return new TaggedArticle(Topics.SCHEMA_VERSION, id, "https://news.example.com/" + id, source, title,
                "Acme Robotics said on Monday it would stop releasing its controller firmware as open source. "
                        + "The company expects the change to lift licence revenue by 12% next year.",
                Instant.parse("2026-01-05T10:00:00Z"), "en", List.of(Entity.of("Acme Robotics", EntityType.ORGANIZATION)),
                List.of(), List.of(), List.of(), null, version, Instant.parse("2026-01-05T10:01:00Z"));
    }

    static long countWithPrefix(ElasticsearchClient client, String alias, String prefix) throws Exception {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias).query(q -> q.prefix(p -> p.field("id").value(prefix)))).count();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static GetResponse<Map> get(ElasticsearchClient client, String alias, String id) throws Exception {
        return client.get(g -> g.index(alias).id(id), Map.class);
    }

    /** Reads the dead-letter topic of tagged articles from the beginning, keeping the letters whose key starts with prefix. */
    static final class DeadLetters implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final String prefix;
        private final List<DeadLetter> letters = new ArrayList<>();

        DeadLetters(String bootstrapServers, String prefix) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + "dlt-reader");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            this.consumer.subscribe(List.of(Topics.deadLetterTopicOf(Topics.TAGGED_ARTICLES)));
            this.prefix = prefix;
        }

        /** Everything read so far, after one more poll. */
        List<DeadLetter> poll() {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key() != null && record.key().startsWith(prefix)) {
                    letters.add(EventJson.fromBytes(record.value(), DeadLetter.class));
                }
            }
            return List.copyOf(letters);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
