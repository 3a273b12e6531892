package io.newsflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class KafkaProbeTest {

    @Test
    void nothingListeningIsNotABroker() {
        assertThat(KafkaProbe.answers(Ports.free())).isFalse();
    }

    @Test
    void serverThatAcceptsButDoesNotSpeakKafkaIsNotABroker() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
            Thread acceptor = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                } catch (Exception e) {
                    // the probe closing first is fine
                }
            });
            acceptor.start();

            assertThat(KafkaProbe.answers(server.getLocalPort())).isFalse();
            acceptor.join();
        }
    }
}
