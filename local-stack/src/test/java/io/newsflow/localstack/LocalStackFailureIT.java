package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalStackFailureIT {

    @Test
    void elasticsearchThatCannotStartIsReportedWithItsLogTailAndKafkaIsStoppedToo() throws Exception {
        LocalStackConfig config = LocalStackConfig.freePorts().withEsHeap("1m");
        long childrenBefore = ProcessHandle.current().children().count();

        LocalStackException failure = catchThrowableOfType(LocalStackException.class,
                () -> LocalStack.start(config));

        Path log = config.dataDir().resolve("elasticsearch.log");
        assertThat(failure).hasMessageContaining("Elasticsearch exited with code")
                .hasMessageContaining("Log: " + log).hasMessageContaining("--- last 30 lines ---")
                .hasMessageContaining("heap");
        assertThat(log).exists();
        assertThat(ProcessHandle.current().children().count()).isEqualTo(childrenBefore);
        assertThat(Ports.isFree(config.kafkaPort())).isTrue();
        FilePermissions.deleteRecursively(config.dataDir());
    }
}
