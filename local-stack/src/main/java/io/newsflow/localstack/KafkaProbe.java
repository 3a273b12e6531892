package io.newsflow.localstack;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Asks a broker for its API versions over the Kafka wire protocol: a broker that answers this serves requests,
 * which an open port alone does not prove (the socket binds before request processing starts).
 */
final class KafkaProbe {

    private static final short API_VERSIONS = 18;
    private static final int CORRELATION_ID = 0x4e46;

    private KafkaProbe() {
    }

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Ports.HOST, port), 500);
            socket.setSoTimeout(1000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            // request header v1 without body: api key, api version 0, correlation id, null client id
            out.writeInt(2 + 2 + 4 + 2);
            out.writeShort(API_VERSIONS);
            out.writeShort(0);
            out.writeInt(CORRELATION_ID);
            out.writeShort(-1);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            int correlationId = in.readInt();
            short errorCode = in.readShort();
            return size > 6 && correlationId == CORRELATION_ID && errorCode == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
