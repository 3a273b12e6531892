package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalStackMainTest {

    private final LocalStackConfig defaults = LocalStackConfig.defaults();

    @Test
    void withoutOptionsUsesTheDefaults() {
        assertThat(LocalStackMain.parse(new String[0], defaults)).isEqualTo(defaults);
    }

    @Test
    void appliesEveryOption() {
        LocalStackConfig config = LocalStackMain.parse(new String[] {"--kafka-port", "19092", "--es-port", "19200",
                "--data", "/var/tmp/demo", "--es-heap", "1g", "--fresh"}, defaults);

        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.elasticsearchPort()).isEqualTo(19200);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/tmp/demo"));
        assertThat(config.esHeap()).isEqualTo("1g");
        assertThat(config.fresh()).isTrue();
    }

    @Test
    void rejectsUnknownOption() {
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--zookeeper", "x"}, defaults))
                .hasMessageContaining("unknown option --zookeeper");
    }

    @Test
    void rejectsOptionWithoutValue() {
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--kafka-port"}, defaults))
                .hasMessageContaining("missing value after --kafka-port");
    }

    @Test
    void rejectsPortThatIsNotANumber() {
        assertThatThrownBy(() -> LocalStackMain.parse(new String[] {"--es-port", "nine"}, defaults))
                .hasMessageContaining("--es-port needs a port number, got nine");
    }
}
