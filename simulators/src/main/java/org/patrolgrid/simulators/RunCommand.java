package org.patrolgrid.simulators;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.patrolgrid.simulators.demo.DemoDriver;
import org.patrolgrid.simulators.demo.DemoOptions;

/**
 * {@code run}: plays collectors and officers live against a running server, exactly as the server's {@code --demo}
 * does in-process, for {@code --duration} (default 4 h, the collectors' shift), with a progress line every 10 s.
 */
final class RunCommand {
    static final String USAGE = "usage: run --http-port P --mqtt-port P [--admin-password PW] [--host 127.0.0.1]"
            + " [--seed S] [--collectors 30] [--officers 20] [--duration 4h]";

    private RunCommand() {}

    static int run(List<String> args) {
        DemoOptions options;
        String host;
        Duration duration;
        try {
            CommandLineFlags flags = new CommandLineFlags(
                    args,
                    Set.of(
                            "--http-port",
                            "--mqtt-port",
                            "--admin-password",
                            "--host",
                            "--seed",
                            "--collectors",
                            "--officers",
                            "--duration"),
                    Set.of());
            String password = flags.text("--admin-password", System.getenv("PATROLGRID_ADMIN_PASSWORD"));
            if (password == null || !flags.has("--http-port") || !flags.has("--mqtt-port")) {
                throw new IllegalArgumentException("--http-port, --mqtt-port and --admin-password are required");
            }
            options = new DemoOptions(
                    flags.integer("--http-port", 0, 1, 65_535),
                    flags.integer("--mqtt-port", 0, 1, 65_535),
                    password,
                    flags.longValue("--seed", 1),
                    Clock.systemUTC(),
                    flags.integer("--collectors", 30, 0, 10_000),
                    flags.integer("--officers", 20, 0, 10_000));
            host = flags.text("--host", "127.0.0.1");
            duration = flags.duration("--duration", Duration.ofHours(4));
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim run: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        return play(options, host, duration);
    }

    private static int play(DemoOptions options, String host, Duration duration) {
        Vertx vertx = Vertx.vertx();
        try {
            DemoDriver driver = ServerCheck.await(DemoDriver.start(vertx, options, host));
            System.err.printf(
                    "run: %d collectors and %d officers on shift%n", options.collectors(), options.officers());
            long timer = vertx.setPeriodic(10_000, id -> System.err.printf("run: %d fixes sent%n", driver.fixesSent()));
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            vertx.cancelTimer(timer);
            ServerCheck.await(driver.stop());
            System.out.printf("run summary: fixes=%d%n", driver.fixesSent());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("patrolgrid-sim run failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
