package org.patrolgrid.simulators;

import io.vertx.core.Vertx;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.patrolgrid.simulators.scenario.ApiEndpoint;
import org.patrolgrid.simulators.scenario.PushReport;
import org.patrolgrid.simulators.scenario.Scenario;
import org.patrolgrid.simulators.scenario.ScenarioFile;
import org.patrolgrid.simulators.scenario.ScenarioGenerator;
import org.patrolgrid.simulators.scenario.ScenarioPusher;
import org.patrolgrid.simulators.scenario.ShiftWindows;
import org.patrolgrid.simulators.staff.BehaviourMix;
import org.patrolgrid.simulators.trace.Trace;
import org.patrolgrid.simulators.trace.TraceReader;

/**
 * {@code scenario}: generates (or reads with {@code --in}) a scenario, writes it with {@code --out}, pushes it to a
 * server with {@code --push} and compares the server's attendance and alerts with the ground truth with
 * {@code --check}. Exit code 0 when everything matched, 1 on a mismatch or failure, 2 on bad arguments.
 */
final class ScenarioCommand {
    static final String USAGE = "usage: scenario [--seed S] [--collectors 30] [--officers 20] [--day YYYY-MM-DD]"
            + " [--mix late=0.1,...] [--trace a.plt,b.gpx,c.csv] [--in FILE] [--out FILE] [--used-zones-only]"
            + " [--push] [--check] [--settle 60s] [--host H] [--http-port P] [--mqtt-port P] [--admin-password PW]";
    private static final Set<String> VALUES = Set.of(
            "--seed",
            "--collectors",
            "--officers",
            "--day",
            "--mix",
            "--trace",
            "--in",
            "--out",
            "--settle",
            "--host",
            "--http-port",
            "--mqtt-port",
            "--admin-password");

    private ScenarioCommand() {}

    static int run(List<String> args) {
        CommandLineFlags flags;
        Scenario scenario;
        try {
            flags = new CommandLineFlags(args, VALUES, Set.of("--push", "--check", "--used-zones-only"));
            scenario = flags.has("--in") ? read(Path.of(flags.text("--in", ""))) : generate(flags);
            scenario = flags.has("--used-zones-only") ? scenario.withUsedZonesOnly() : scenario;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("patrolgrid-sim scenario: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        System.err.printf(
                "scenario seed=%d day=%s: %d devices, %d shifts, %d fixes%n",
                scenario.seed(),
                scenario.day(),
                scenario.devices().size(),
                scenario.shifts().size(),
                scenario.fixCount());
        try {
            if (flags.has("--out")) {
                write(scenario, Path.of(flags.text("--out", "")));
            }
            if (!flags.has("--push") && !flags.has("--check")) {
                return 0;
            }
            return talkToServer(flags, scenario);
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim scenario: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("patrolgrid-sim scenario failed: " + e.getMessage());
            return 1;
        }
    }

    private static Scenario generate(CommandLineFlags flags) throws IOException {
        long seed = flags.longValue("--seed", 1);
        System.err.println("scenario: generating the world and staff of seed " + seed + " ...");
        LocalDate day = flags.has("--day")
                ? LocalDate.parse(flags.text("--day", ""))
                : LocalDate.now(ShiftWindows.SHANGHAI).minusDays(1);
        BehaviourMix mix = BehaviourMix.parse(flags.text("--mix", ""));
        List<Trace> traces = new ArrayList<>();
        for (String file : flags.text("--trace", "").split(",")) {
            if (!file.isBlank()) {
                traces.add(TraceReader.read(Path.of(file.trim())));
            }
        }
        ScenarioGenerator generator =
                new ScenarioGenerator(seed, mix, ScenarioGenerator.SCENARIO_RULES, "sim" + seed + "-");
        return generator.generate(
                flags.integer("--collectors", 30, 0, 10_000),
                flags.integer("--officers", 20, 0, 10_000),
                day,
                ShiftWindows.morningOf(day),
                traces);
    }

    private static int talkToServer(CommandLineFlags flags, Scenario scenario) {
        String password = flags.text("--admin-password", System.getenv("PATROLGRID_ADMIN_PASSWORD"));
        if (password == null || !flags.has("--http-port")) {
            throw new IllegalArgumentException("--push and --check need --http-port and --admin-password");
        }
        ApiEndpoint endpoint = new ApiEndpoint(
                flags.text("--host", "127.0.0.1"),
                flags.integer("--http-port", 8080, 1, 65_535),
                flags.integer("--mqtt-port", 1883, 1, 65_535),
                password);
        Duration settle = flags.duration("--settle", Duration.ofSeconds(60));
        Vertx vertx = Vertx.vertx();
        try {
            if (flags.has("--push")) {
                push(vertx, endpoint, scenario);
            }
            return flags.has("--check") ? new ServerCheck(vertx, endpoint, settle).run(scenario) : 0;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static void push(Vertx vertx, ApiEndpoint endpoint, Scenario scenario) {
        ScenarioPusher pusher = new ScenarioPusher(vertx, endpoint, Clock.systemUTC(), System.err::println);
        long timer = vertx.setPeriodic(
                2000, id -> System.err.printf("push: %d/%d fixes sent%n", pusher.fixesSent(), scenario.fixCount()));
        try {
            PushReport report = ServerCheck.await(pusher.push(scenario));
            System.err.printf(
                    "push done: %d zones created, %d devices, %d shifts, %d fixes sent, %d skipped (future)%n",
                    report.zonesCreated(),
                    report.devices(),
                    report.shiftIds().size(),
                    report.fixesSent(),
                    report.fixesSkipped());
        } finally {
            vertx.cancelTimer(timer);
        }
    }

    private static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ScenarioFile.read(in);
        }
    }

    private static void write(Scenario scenario, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ScenarioFile.write(scenario, out);
        }
        System.err.println("scenario written to " + file);
    }
}
