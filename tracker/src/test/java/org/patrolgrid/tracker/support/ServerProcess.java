package org.patrolgrid.tracker.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server as a separate JVM, started like {@code java -jar patrolgrid.jar}, so it can be killed for real. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("patrolgrid ready mqtt=(\\d+) http=(\\d+)");
    private final Process process;
    private final CompletableFuture<Matcher> ready = new CompletableFuture<>();
    private final List<String> stdout = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final StringBuffer stderr = new StringBuffer();

    private ServerProcess(Process process) {
        this.process = process;
        Thread out = new Thread(() -> read(process.getInputStream(), true), "server-stdout");
        Thread err = new Thread(() -> read(process.getErrorStream(), false), "server-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    public static ServerProcess start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.patrolgrid.tracker.Main"));
        cmd.addAll(List.of(args));
        return new ServerProcess(new ProcessBuilder(cmd).start());
    }

    private void read(java.io.InputStream in, boolean isStdout) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (isStdout) {
                    stdout.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.matches()) {
                        ready.complete(m);
                    }
                } else {
                    stderr.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Waits for the ready line; returns {mqtt, http}. */
    public int[] awaitReady(long seconds) throws Exception {
        Matcher m = ready.get(seconds, TimeUnit.SECONDS);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server did not exit; stderr:\n" + stderr);
        }
        return process.exitValue();
    }

    public List<String> stdout() {
        return stdout;
    }

    public String stderr() {
        return stderr.toString();
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM. */
    public void terminate() {
        process.destroy();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
