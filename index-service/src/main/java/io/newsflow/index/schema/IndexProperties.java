package io.newsflow.index.schema;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how articles are indexed ({@code newsflow.index.*}, env {@code NEWSFLOW_INDEX_*}).
 *
 * @param alias          alias that readers and writers use; concrete indices are named {@code <alias>-v<version>}
 * @param version        mapping version created by {@link IndexSchema#ensureIndex()} when the alias does not exist yet
 * @param shards         primary shards of a new versioned index
 * @param replicas       replicas of a new versioned index (0 on a single node)
 * @param startupTimeout how long start-up waits for Elasticsearch before failing
 */
@Validated
@ConfigurationProperties("newsflow.index")
public record IndexProperties(
        @Pattern(regexp = "[a-z][a-z0-9_.]{0,60}", message = "must be lower-case letters, digits, '_' or '.'")
        String alias,
        @Min(1) @Max(999) Integer version,
        @Min(1) @Max(64) Integer shards,
        @Min(0) @Max(5) Integer replicas,
        @NotNull Duration startupTimeout) {

    public IndexProperties {
        alias = alias == null ? "articles" : alias;
        version = version == null ? 1 : version;
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 0 : replicas;
        startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
    }

    /** The defaults, with another alias. */
    public static IndexProperties withAlias(String alias) {
        return new IndexProperties(alias, null, null, null, null);
    }
}
