package org.patrolgrid.simulators.probe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolgrid.simulators.CommandLineFlags;
import org.patrolgrid.simulators.load.LoadOptionsParser;

/**
 * Options of {@code patrolgrid-sim alert-latency}.
 *
 * @param samples probe devices, one mock-flagged fix (one alert) each
 * @param warmup further probe devices sampled first, the same way, and not counted: the first alerts of a run also
 *     time the JIT compiling the alert path (in the server and in the probe), a one-off of a fresh process
 * @param interval time between two samples
 * @param settle wait after creating the shifts before the first sample, so the server has armed them
 * @param timeout how long after the last sample an alert may still arrive; later ones count as missing
 * @param south south-west corner of the probe devices' own grids (away from the benchmark's lattice)
 * @param samplesOut where to write one CSV line per sample (send time, PUBACK and alert latency), or null
 * @param events the kinds the probe's live stream asks for ({@code ?events=}): {@code alert} by default, as an alert
 *     desk would; {@code position,alert,attendance} also carries every position to the probe
 */
public record AlertLatencyOptions(
        String host,
        int mqttPort,
        int httpPort,
        String adminPassword,
        int samples,
        int warmup,
        Duration interval,
        Duration settle,
        Duration timeout,
        String idPrefix,
        String district,
        double south,
        double west,
        int lanes,
        Path samplesOut,
        String events) {

    public static final String USAGE = "usage: alert-latency --port MQTT --http-port HP --admin-password PW\n"
            + "  [--samples 200] [--warmup 0] [--interval 100ms] [--settle 5s] [--timeout 10s] [--id-prefix probe-]\n"
            + "  [--district 330411] [--south 30.80 --west 120.70] [--lanes 8] [--host 127.0.0.1]\n"
            + "  [--samples-out FILE] [--events alert]";

    private static final Set<String> VALUE_FLAGS = Set.of(
            "--host",
            "--port",
            "--http-port",
            "--admin-password",
            "--samples",
            "--warmup",
            "--interval",
            "--settle",
            "--timeout",
            "--id-prefix",
            "--district",
            "--south",
            "--west",
            "--lanes",
            "--samples-out",
            "--events");

    public static AlertLatencyOptions parse(List<String> args, Map<String, String> environment) {
        CommandLineFlags flags = new CommandLineFlags(args, VALUE_FLAGS, Set.of());
        String password = flags.text("--admin-password", environment.get("PATROLGRID_ADMIN_PASSWORD"));
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("--admin-password (or PATROLGRID_ADMIN_PASSWORD) is required");
        }
        if (!flags.has("--port") || !flags.has("--http-port")) {
            throw new IllegalArgumentException("--port (MQTT) and --http-port are required");
        }
        return new AlertLatencyOptions(
                LoadOptionsParser.loopbackHost(flags.text("--host", "127.0.0.1")),
                flags.integer("--port", 0, 1, 65_535),
                flags.integer("--http-port", 0, 1, 65_535),
                password,
                flags.integer("--samples", 200, 1, 10_000),
                flags.integer("--warmup", 0, 0, 10_000),
                flags.duration("--interval", Duration.ofMillis(100)),
                flags.duration("--settle", Duration.ofSeconds(5)),
                flags.duration("--timeout", Duration.ofSeconds(10)),
                flags.text("--id-prefix", "probe-"),
                flags.text("--district", "330411"),
                flags.decimal("--south", 30.80, -85, 85),
                flags.decimal("--west", 120.70, -180, 180),
                flags.integer("--lanes", 8, 1, 256),
                flags.has("--samples-out") ? Path.of(flags.text("--samples-out", null)) : null,
                events(flags.text("--events", "alert")));
    }

    /** The live stream's event kinds (the server refuses others too); the probe needs {@code alert}. */
    private static String events(String list) {
        List<String> kinds = List.of(list.split(",", -1));
        if (!kinds.contains("alert")
                || !Set.of("position", "alert", "attendance").containsAll(kinds)) {
            throw new IllegalArgumentException("--events must list alert and any of position, attendance: " + list);
        }
        return list;
    }
}
