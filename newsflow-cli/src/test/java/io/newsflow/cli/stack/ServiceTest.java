package io.newsflow.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    void environmentAddsJvmOptionsAfterTheDefaultsSoTheyWin() {
        Map<String, String> environment = Map.of("NEWSFLOW_INGEST_JAVA_OPTS", "  -Xmx4g   -XX:+UseTransparentHugePages ",
                "NEWSFLOW_INDEX_JAVA_OPTS", "-Xmx1g");
        List<String> ingest = Service.INGEST.jvmOptions(environment);
        assertThat(ingest).startsWith(Service.INGEST.jvmOptions().toArray(String[]::new))
                .endsWith("-Xmx4g", "-XX:+UseTransparentHugePages")
                .hasSize(Service.INGEST.jvmOptions().size() + 2);
        assertThat(Service.INDEX.jvmOptions(environment)).last().isEqualTo("-Xmx1g");
        assertThat(Service.TAGGER.jvmOptions(environment)).isEqualTo(Service.TAGGER.jvmOptions());
        assertThat(Service.TAGGER.jvmOptions(Map.of("NEWSFLOW_TAGGER_JAVA_OPTS", "   "))).isEqualTo(Service.TAGGER.jvmOptions());
        assertThat(Service.TAGGER.environmentVariable()).isEqualTo("NEWSFLOW_TAGGER_JAVA_OPTS");
    }
}
