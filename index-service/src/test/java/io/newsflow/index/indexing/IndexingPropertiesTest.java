package io.newsflow.index.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class IndexingPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void usesDefaultsWhenNothingIsSet() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(IndexingProperties.class)).isEqualTo(IndexingProperties.defaults());
            assertThat(IndexingProperties.defaults().bulkActions()).isEqualTo(1_000);
            assertThat(IndexingProperties.defaults().bulkSize()).isEqualTo(DataSize.ofMegabytes(5));
        });
    }

    @Test
    void bindsEveryFieldFromTheEnvironment() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of(
                                "NEWSFLOW_INDEX_BULK_ACTIONS", "250",
                                "NEWSFLOW_INDEX_BULK_SIZE", "2MB",
                                "NEWSFLOW_INDEX_FLUSH_INTERVAL", "50ms",
                                "NEWSFLOW_INDEX_MAX_CONCURRENT_REQUESTS", "4",
                                "NEWSFLOW_INDEX_CONCURRENCY", "6",
                                "NEWSFLOW_INDEX_RETRY_BACKOFF", "1s",
                                "NEWSFLOW_INDEX_RETRY_MAX_BACKOFF", "20s",
                                "NEWSFLOW_INDEX_BATCH_TIMEOUT", "90s"))))
                .run(context -> assertThat(context.getBean(IndexingProperties.class)).isEqualTo(new IndexingProperties(
                        250, DataSize.ofMegabytes(2), Duration.ofMillis(50), 4, 6, Duration.ofSeconds(1),
                        Duration.ofSeconds(20), Duration.ofSeconds(90))));
    }

    @Test
    void failsStartupOnAZeroBulkSizeNamingTheProperty() {
        runner.withPropertyValues("newsflow.index.bulk-actions=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("newsflow.index")
                    .hasMessageContaining("bulkActions");
        });
    }

    @Test
    void failsStartupWhenTheRetryCapIsBelowTheFirstBackoff() {
        runner.withPropertyValues("newsflow.index.retry-backoff=5s", "newsflow.index.retry-max-backoff=1s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("retry-max-backoff must not be shorter than retry-backoff");
        });
    }

    @Test
    void failsStartupOnANonPositiveBatchTimeout() {
        runner.withPropertyValues("newsflow.index.batch-timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("flush-interval, retry-backoff and batch-timeout must be positive");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IndexingProperties.class)
    static class Config {
    }
}
