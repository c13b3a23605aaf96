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

    /** Starts an anonymous broker and returns once it logs that it is running. */
    public static MosquittoBroker start(Path dir) throws IOException {
        return start(dir, "allow_anonymous true\n");
    }

    /** Starts a broker that only lets {@code username} in with {@code password}. */
    static MosquittoBroker startWithLogin(Path dir, String username, String password)
            throws IOException, InterruptedException {
        Path passwords = dir.resolve("passwords");
        Process passwd = new ProcessBuilder("mosquitto_passwd", "-b", "-c", passwords.toString(), username, password)
                .redirectErrorStream(true)
                .start();
        if (passwd.waitFor() != 0) {
            throw new IOException("mosquitto_passwd failed: "
                    + new String(passwd.getInputStream().readAllBytes()));
        }
        // started as root, mosquitto drops to user "mosquitto", which cannot read a private temp dir; no effect
        // otherwise
        return start(dir, "allow_anonymous false\npassword_file " + passwords + "\nuser root\n");
    }

    private static MosquittoBroker start(Path dir, String access) throws IOException {
        int port = freePort();
        Path config = dir.resolve("mosquitto.conf");
        Files.writeString(
                config,
                "listener " + port + " 127.0.0.1\n" + access + "persistence false\n"
                        + "max_inflight_messages 0\nmax_queued_messages 0\n");
        String binary = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
        Process process = new ProcessBuilder(binary, "-c", config.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader log =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.contains(" running")) {
                return new MosquittoBroker(process, port);
            }
            seen.append(line).append('\n');
        }
        throw new IOException("mosquitto exited with " + process.onExit().join().exitValue() + ":\n" + seen);
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
