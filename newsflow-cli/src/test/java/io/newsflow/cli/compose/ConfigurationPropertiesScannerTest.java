package io.newsflow.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigurationPropertiesScannerTest {

    private static final String SOURCE = """
            package x;

            /** Settings. */
            @Validated
            @ConfigurationProperties("newsflow.demo")
            public record DemoProperties(
                    @Min(1) @Max(1000) Integer partitions,
                    @Pattern(regexp = "[a-z]{0,60}", message = "letters, digits, '_' or '(' only") String alias,
                    @NotNull Duration retryBackoff,
                    List<String> allowedHosts,
                    @Valid List<Feed> configured,
                    Map<String, Integer> weights) {

                record Feed(String url) {
                }
            }
            """;

    @Test
    void readsThePrefixAndEveryComponentIgnoringAnnotations() {
        PropertySurface surface = ConfigurationPropertiesScanner.parse(SOURCE);

        assertThat(surface.scalars()).containsExactlyInAnyOrder(
                "newsflow.demo.partitions", "newsflow.demo.alias", "newsflow.demo.retry-backoff");
        assertThat(surface.lists()).containsExactly("newsflow.demo.allowed-hosts");
        assertThat(surface.prefixes()).containsExactlyInAnyOrder("newsflow.demo.configured", "newsflow.demo.weights");
    }

    @Test
    void acceptsVariablesForComponentsAndRejectsOthers() {
        PropertySurface surface = ConfigurationPropertiesScanner.parse(SOURCE);

        assertThat(surface.accepts("NEWSFLOW_DEMO_RETRY_BACKOFF")).isTrue();
        assertThat(surface.accepts("NEWSFLOW_DEMO_ALLOWED_HOSTS_1")).isTrue();
        assertThat(surface.accepts("NEWSFLOW_DEMO_CONFIGURED_0_URL")).isTrue();
        assertThat(surface.accepts("NEWSFLOW_DEMO_RETRIES")).isFalse();
        assertThat(surface.accepts("NEWSFLOW_OTHER_PARTITIONS")).isFalse();
    }
}
