package io.newsflow.tagger.config;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tagger settings ({@code newsflow.tagger.*}, env {@code NEWSFLOW_TAGGER_*}).
 *
 * @param concurrency  listener threads consuming {@code newsflow.articles} in this instance (each holds its own
 *                     OpenNLP {@code *ME} objects); more instances scale out through the consumer group
 * @param entityModel  a name-finder model file to use instead of the shipped one, or null for the shipped model
 */
@Validated
@ConfigurationProperties("newsflow.tagger")
public record TaggerProperties(@Min(1) @Max(64) Integer concurrency, Path entityModel) {

    public TaggerProperties {
        concurrency = concurrency == null ? 2 : concurrency;
    }
}
