package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortCanBeBound() throws Exception {
        int port = Ports.free();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(Ports.HOST))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void portWithAListenerIsNotFreeAndIsListening() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
            int port = socket.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThat(Ports.isListening(port)).isTrue();
        }
    }

    @Test
    void requireFreeNamesTheServerAndThePortInUse() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
            int port = socket.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(port, "Kafka", "use --kafka-port"))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Kafka cannot start")
                    .hasMessageContaining("127.0.0.1:" + port + " is already in use")
                    .hasMessageContaining("use --kafka-port");
        }
    }

    @Test
    void closedPortIsFreeAndNotListening() {
        int port = Ports.free();

        assertThat(Ports.isFree(port)).isTrue();
        assertThat(Ports.isListening(port)).isFalse();
    }
}
