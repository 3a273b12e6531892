package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalStackConfigTest {

    @Test
    void defaultsListenOnTheUsualPortsAndKeepData() {
        LocalStackConfig config = LocalStackConfig.defaults();

        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.elasticsearchPort()).isEqualTo(9200);
        assertThat(config.esHeap()).isEqualTo("512m");
        assertThat(config.fresh()).isFalse();
        assertThat(config.dataDir()).isAbsolute();
        assertThat(config.dataDir().endsWith(Path.of("newsflow", "stack"))).isTrue();
    }

    @Test
    void freePortsPicksTwoDifferentFreePortsAndANewTemporaryDirectory() {
        LocalStackConfig config = LocalStackConfig.freePorts();
        LocalStackConfig other = LocalStackConfig.freePorts();

        assertThat(config.kafkaPort()).isPositive().isNotEqualTo(config.elasticsearchPort());
        assertThat(config.elasticsearchPort()).isPositive();
        assertThat(Ports.isFree(config.kafkaPort())).isTrue();
        assertThat(Ports.isFree(config.elasticsearchPort())).isTrue();
        assertThat(config.fresh()).isTrue();
        assertThat(config.dataDir()).doesNotExist().isNotEqualTo(other.dataDir());
        assertThat(config.dataDir().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void heapsAndTimeoutComeFromTheEnvironmentOrSystemProperties() {
        System.setProperty("newsflow.es.heap", "1g");
        System.setProperty("newsflow.stack.startup.timeout", "300");
        try {
            LocalStackConfig config = LocalStackConfig.defaults();

            assertThat(config.esHeap()).isEqualTo("1g");
            assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(300));
        } finally {
            System.clearProperty("newsflow.es.heap");
            System.clearProperty("newsflow.stack.startup.timeout");
        }
    }

    @Test
    void timeoutThatIsNotANumberIsRejectedByName() {
        System.setProperty("newsflow.stack.startup.timeout", "2min");
        try {
            assertThatThrownBy(LocalStackConfig::defaults).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NEWSFLOW_STACK_STARTUP_TIMEOUT must be a number of seconds, was 2min");
        } finally {
            System.clearProperty("newsflow.stack.startup.timeout");
        }
    }

    @Test
    void rejectsHeapWithoutUnit() {
        assertThatThrownBy(() -> LocalStackConfig.defaults().withEsHeap("512"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("esHeap").hasMessageContaining("512m");
    }

    @Test
    void rejectsPortOutOfRange() {
        assertThatThrownBy(() -> LocalStackConfig.defaults().withKafkaPort(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kafkaPort");
        assertThatThrownBy(() -> LocalStackConfig.defaults().withElasticsearchPort(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elasticsearchPort");
    }

    @Test
    void rejectsTheSamePortForBothServers() {
        assertThatThrownBy(() -> LocalStackConfig.defaults().withKafkaPort(9200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }

    @Test
    void rejectsNonPositiveStartupTimeout() {
        assertThatThrownBy(() -> LocalStackConfig.defaults().withStartupTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startupTimeout");
    }

    @Test
    void makesTheDataDirectoryAbsolute() {
        Path dataDir = LocalStackConfig.defaults().withDataDir(Path.of("relative/dir")).dataDir();

        assertThat(dataDir).isAbsolute().isEqualTo(Path.of("relative/dir").toAbsolutePath());
    }
}
