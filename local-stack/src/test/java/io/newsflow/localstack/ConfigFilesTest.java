package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void brokerListensOnLoopbackWithSingleReplicaInternalTopics() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(KafkaConfigFiles.serverProperties(dir, 19092, 19093)));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(properties.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:19093");
        assertThat(properties.getProperty("log.dirs")).isEqualTo(dir.resolve("data").toString());
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(properties.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
        assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
    }

    @Test
    void elasticsearchIsSingleNodeOnLoopbackWithSecurityOffWhenTheModuleExists() throws Exception {
        Path home = distribution(true);

        String yml = ElasticsearchFiles.settings(home, dir.resolve("work"), 19200, 19300);

        assertThat(yml).contains("network.host: 127.0.0.1\n", "http.port: 19200\n", "transport.port: 19300\n",
                "discovery.type: single-node\n", "cluster.routing.allocation.disk.threshold_enabled: false\n",
                "path.data: " + dir.resolve("work/data") + "\n", "xpack.security.enabled: false\n");
    }

    @Test
    void securitySettingIsLeftOutWhenTheDistributionHasNoSecurityModule() throws Exception {
        assertThat(ElasticsearchFiles.settings(distribution(false), dir, 19200, 19300)).doesNotContain("xpack");
    }

    @Test
    void jvmOptionsKeepTheDistributionsOptionsButNotTheGcLog() throws Exception {
        Path home = distribution(false);

        assertThat(ElasticsearchFiles.jvmOptions(home))
                .contains("-XX:+UseG1GC", "-Djava.io.tmpdir=${ES_TMPDIR}").doesNotContain("-Xlog:gc");
    }

    private Path distribution(boolean withSecurity) throws Exception {
        Path home = dir.resolve("es-" + withSecurity);
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/jvm.options"),
                "-XX:+UseG1GC\n-Djava.io.tmpdir=${ES_TMPDIR}\n-Xlog:gc*,gc+age=trace:file=gc.log\n");
        if (withSecurity) {
            Files.createDirectories(home.resolve("modules/x-pack-security"));
        }
        return home;
    }
}
