package io.newsflow.index.schema;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the {@link IndexSchema} bean and the index behind it while the context starts, before any listener can
 * write (a write to a missing alias would auto-create a concrete index with guessed mappings).
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaConfiguration.class);

    @Bean
    IndexSchema indexSchema(ElasticsearchClient client, IndexProperties properties) {
        return new IndexSchema(client, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "newsflow.index.create-on-startup", havingValue = "true", matchIfMissing = true)
    IndexCreatedMarker indexCreated(IndexSchema schema, IndexProperties properties) {
        Instant deadline = Instant.now().plus(properties.startupTimeout());
        for (int attempt = 1; ; attempt++) {
            try {
                schema.ensureIndex();
                return new IndexCreatedMarker(schema.writeAlias());
            } catch (UncheckedIOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Elasticsearch still unreachable after "
                            + properties.startupTimeout() + " (" + attempt + " attempts): " + e.getCause(), e);
                }
                log.warn("Elasticsearch not reachable yet (attempt {}), retrying: {}", attempt, e.getCause().toString());
                sleepQuietly(Duration.ofSeconds(Math.min(attempt, 5)));
            }
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }

    /** Marks that the article index exists; beans that write to it can depend on this one. */
    record IndexCreatedMarker(String alias) {
    }
}
