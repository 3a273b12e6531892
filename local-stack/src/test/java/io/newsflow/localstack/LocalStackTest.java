package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dataDir;

    @Test
    void portInUseFailsBeforeAnyServerStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
            LocalStackConfig config = LocalStackConfig.freePorts().withDataDir(dataDir)
                    .withElasticsearchPort(taken.getLocalPort());
            long childrenBefore = ProcessHandle.current().children().count();

            assertThatThrownBy(() -> LocalStack.start(config))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Elasticsearch cannot start: port 127.0.0.1:" + taken.getLocalPort()
                            + " is already in use");
            assertThat(ProcessHandle.current().children().count()).isEqualTo(childrenBefore);
        }
    }
}
