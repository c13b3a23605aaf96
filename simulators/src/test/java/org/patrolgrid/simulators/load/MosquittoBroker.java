package org.patrolgrid.simulators.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real Mosquitto broker on a free loopback port, anonymous and without persistence, for driver tests. */
public final class MosquittoBroker implements AutoCloseable {
    private final Process process;
    private final int port;

    private MosquittoBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "mosquitto"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin/mosquitto"));
    }

    /** Starts the broker and returns once it logs that it is running. */
    public static MosquittoBroker start(Path dir) throws IOException {
        int port = freePort();
        Path config = dir.resolve("mosquitto.conf");
        Files.writeString(
                config,
                "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                        + "max_inflight_messages 0\nmax_queued_messages 0\n");
        String binary = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
        Process process = new ProcessBuilder(binary, "-c", config.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader log =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.contains(" running")) {
                return new MosquittoBroker(process, port);
            }
        }
        throw new IOException("mosquitto exited with " + process.onExit().join().exitValue());
    }

    public int port() {
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        process.onExit().join();
    }
}
