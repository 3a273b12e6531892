package io.newsflow.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cli.UsageException;

class ChaosOptionsTest {

    @Test
    void runsEveryScenarioWithThirtySecondsOfElasticsearchOutageByDefault() {
        ChaosOptions options = ChaosOptions.parse(List.of());

        assertThat(options.scenarios()).containsExactlyElementsOf(Scenarios.NAMES);
        assertThat(options.esOutage()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.kills()).isGreaterThan(1);
    }

    @Test
    void picksScenariosAndSizesFromTheCommandLine() {
        ChaosOptions options = ChaosOptions.parse(List.of("--scenario", "poison,kill-index", "--articles", "12",
                "--kills", "2", "--es-outage", "5"));

        assertThat(options.scenarios()).containsExactly("poison", "kill-index");
        assertThat(options.articles()).isEqualTo(12);
        assertThat(options.kills()).isEqualTo(2);
        assertThat(options.esOutage()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rejectsAnUnknownScenarioNamingTheKnownOnes() {
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--scenario", "meteor")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("meteor").hasMessageContaining("kill-tagger");
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--articles")))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a value");
    }

    @Test
    void boundedSuiteRunsTheSameScenariosSmaller() {
        ChaosOptions bounded = ChaosOptions.bounded();

        assertThat(bounded.scenarios()).isEqualTo(ChaosOptions.full().scenarios());
        assertThat(bounded.articles()).isLessThan(ChaosOptions.full().articles());
        assertThat(bounded.esOutage()).isLessThan(ChaosOptions.full().esOutage());
    }
}
