package io.newsflow.tagger.config;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tagger settings ({@code newsflow.tagger.*}, env {@code NEWSFLOW_TAGGER_*}).
 *
 * @param concurrency  listener threads consuming {@code newsflow.articles} in this instance (each holds its own
 *                     OpenNLP {@code *ME} objects); more instances scale out through the consumer group
 * @param entityModel  a name-finder model file to use instead of the shipped one, or null for the shipped model
 * @param instanceId   names this instance in its Kafka transactional ids, which must differ between running instances
 *                     (else they fence each other) and should stay the same across a restart (so the restarted
 *                     instance aborts the transaction its predecessor left open at once); defaults to the host name,
 *                     else a random id
 */
@Validated
@ConfigurationProperties("newsflow.tagger")
public record TaggerProperties(@Min(1) @Max(64) Integer concurrency, Path entityModel,
                               @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String instanceId) {

    public TaggerProperties {
        concurrency = concurrency == null ? 2 : concurrency;
    }
}
