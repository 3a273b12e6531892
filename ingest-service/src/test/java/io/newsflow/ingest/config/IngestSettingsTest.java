package io.newsflow.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import io.newsflow.ingest.feed.FeedProperties;
import io.newsflow.ingest.intake.IngestProperties;

class IngestSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({FeedProperties.class, IngestProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void hasSafeDefaults() {
        runner.run(context -> {
            FeedProperties feeds = context.getBean(FeedProperties.class);
            assertThat(feeds.allowPrivateAddresses()).isFalse();
            assertThat(feeds.maxBytes()).isEqualTo(10L * 1024 * 1024);
            assertThat(feeds.maxRedirects()).isEqualTo(5);
            assertThat(feeds.defaultPollInterval()).isEqualTo(Duration.ofMinutes(5));
            IngestProperties ingest = context.getBean(IngestProperties.class);
            assertThat(ingest.duplicateThreshold()).isEqualTo(0.3);
            assertThat(ingest.fingerprintTopic()).isEqualTo("newsflow.ingest.fingerprints");
            assertThat(ingest.dedupWindow()).isEqualTo(Duration.ofDays(30));
        });
    }

    @Test
    void bindsFeedsAndAllowedHostsFromEnvironmentStyleNames() {
        runner.withPropertyValues("newsflow.feeds.allowed-hosts=127.0.0.1,feeds.internal",
                        "newsflow.feeds.configured[0].url=https://news.example/rss.xml",
                        "newsflow.feeds.configured[0].poll-interval=90s",
                        "newsflow.ingest.duplicate-threshold=0.4", "newsflow.ingest.dedup-window=7d")
                .run(context -> {
                    FeedProperties feeds = context.getBean(FeedProperties.class);
                    assertThat(feeds.allowedHosts()).containsExactly("127.0.0.1", "feeds.internal");
                    assertThat(feeds.configured()).singleElement().satisfies(f -> {
                        assertThat(f.url()).isEqualTo("https://news.example/rss.xml");
                        assertThat(f.pollInterval()).isEqualTo(Duration.ofSeconds(90));
                    });
                    assertThat(context.getBean(IngestProperties.class).duplicateThreshold()).isEqualTo(0.4);
                    assertThat(context.getBean(IngestProperties.class).dedupWindow()).isEqualTo(Duration.ofDays(7));
                });
    }

    @Test
    void badValuesFailStartUpNamingTheProperty() {
        runner.withPropertyValues("newsflow.feeds.max-redirects=99", "newsflow.ingest.duplicate-threshold=2")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("maxRedirects");
                });
        runner.withPropertyValues("newsflow.ingest.duplicate-threshold=2")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("duplicateThreshold"));
        runner.withPropertyValues("newsflow.ingest.dedup-window=10m")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("dedup-window"));
    }
}
