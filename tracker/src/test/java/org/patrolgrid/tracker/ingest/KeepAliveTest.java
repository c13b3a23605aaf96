package org.patrolgrid.tracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.TestServer;

/**
 * A device that goes silent past 1.5 × its keep-alive is disconnected. This needs a client that really stays silent
 * (library clients send PINGREQ on their own), so it speaks raw MQTT 3.1.1 over a socket; the wait is the protocol's
 * own timer (1 s keep-alive), not a sleep.
 */
class KeepAliveTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void silentClientIsDisconnectedAfterOneAndAHalfKeepAlives() throws Exception {
        String secret = server.addDevice("ka-1", "collector", "330402");
        try (Socket socket = new Socket("127.0.0.1", server.mqttPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(connect("ka-1", secret, 1));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] connack = new byte[4];
            in.readFully(connack);
            assertEquals(0x20, connack[0] & 0xff, "CONNACK");
            assertEquals(0, connack[3], "accepted");
            long connectedAt = System.nanoTime();
            int eof = readUntilClosed(in);
            double seconds = (System.nanoTime() - connectedAt) / 1e9;
            assertEquals(-1, eof);
            assertTrue(seconds >= 1.0 && seconds < 4.0, "closed after " + seconds + " s");
        }
    }

    private static int readUntilClosed(InputStream in) throws java.io.IOException {
        int b;
        do {
            b = in.read();
        } while (b != -1);
        return b;
    }

    static byte[] connect(String id, String password, int keepAliveSeconds) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(body, "MQTT");
        body.write(4); // protocol level 3.1.1
        body.write(0xC2); // username, password, clean session
        body.write(keepAliveSeconds >> 8);
        body.write(keepAliveSeconds & 0xff);
        writeString(body, id);
        writeString(body, id);
        writeString(body, password);
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x10);
        int length = body.size();
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length & 0xff);
        out.writeBytes(b);
    }
}
