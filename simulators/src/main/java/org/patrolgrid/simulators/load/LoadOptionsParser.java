package org.patrolgrid.simulators.load;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolgrid.simulators.CommandLineFlags;

/** Turns the arguments of {@code patrolgrid-sim load ...} into checked {@link LoadOptions}. */
public final class LoadOptionsParser {
    public static final String USAGE = "usage: load --host H --port P --devices N --rate R --qos 0|1 --duration D\n"
            + "  [--http-port HP --admin-password PW | --credentials FILE] [--write-credentials FILE]\n"
            + "  [--raw-topic 'load/{id}'] [--batch K] [--connect-rate C] [--inflight W] [--idle]\n"
            + "  [--event-loops L] [--ack-timeout 10s] [--id-prefix load-] [--seed S] [--world]\n"
            + "  [--positions-from FILE (CSV id,lat,lon,radius: each device walks inside its circle)]";

    private static final Set<String> VALUE_FLAGS = Set.of(
            "--host",
            "--port",
            "--devices",
            "--rate",
            "--qos",
            "--duration",
            "--http-port",
            "--admin-password",
            "--credentials",
            "--write-credentials",
            "--raw-topic",
            "--batch",
            "--connect-rate",
            "--inflight",
            "--event-loops",
            "--ack-timeout",
            "--id-prefix",
            "--seed",
            "--positions-from");
    private static final Set<String> SWITCHES = Set.of("--idle", "--world");

    private final Map<String, String> environment;

    /** @param environment where {@code PATROLGRID_ADMIN_PASSWORD} is looked up when the flag is absent */
    public LoadOptionsParser(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public LoadOptions parse(List<String> args) {
        CommandLineFlags flags = new CommandLineFlags(args, VALUE_FLAGS, SWITCHES);
        boolean idle = flags.has("--idle");
        String rawTopic = flags.text("--raw-topic", null);
        int httpPort = flags.integer("--http-port", 0, 1, 65_535);
        String password = flags.text("--admin-password", environment.get("PATROLGRID_ADMIN_PASSWORD"));
        Path credentials = path(flags.text("--credentials", null));
        checkCredentialSource(rawTopic, httpPort, password, credentials);
        return new LoadOptions(
                loopbackHost(flags.text("--host", "127.0.0.1")),
                flags.integer("--port", 1883, 1, 65_535),
                flags.integer("--devices", 100, 1, 200_000),
                idle ? 0 : flags.decimal("--rate", 1000, 0.001, 10_000_000),
                flags.integer("--qos", 1, 0, 1),
                positive("--duration", flags.duration("--duration", Duration.ofSeconds(30))),
                httpPort,
                httpPort > 0 ? password : null,
                credentials,
                path(flags.text("--write-credentials", null)),
                rawTopic == null ? LoadOptions.DEVICE_POSITIONS_TOPIC : rawTopic,
                rawTopic != null && credentials == null,
                flags.integer("--batch", 1, 1, 1000),
                flags.decimal("--connect-rate", 500, 0.1, 1_000_000),
                flags.integer("--inflight", 10, 1, 10_000),
                idle,
                flags.integer("--event-loops", Runtime.getRuntime().availableProcessors(), 1, 64),
                positive("--ack-timeout", flags.duration("--ack-timeout", Duration.ofSeconds(10))),
                flags.text("--id-prefix", "load-"),
                flags.longValue("--seed", 1L),
                flags.has("--world"),
                path(flags.text("--positions-from", null)));
    }

    private static void checkCredentialSource(String rawTopic, int httpPort, String password, Path credentials) {
        if (httpPort > 0 && credentials != null) {
            throw new IllegalArgumentException("give either --http-port with --admin-password or --credentials");
        }
        if (httpPort > 0 && rawTopic != null) {
            throw new IllegalArgumentException("--raw-topic targets a plain broker, it does not go with --http-port");
        }
        if (httpPort > 0 && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--http-port needs --admin-password (or PATROLGRID_ADMIN_PASSWORD)");
        }
        if (rawTopic == null && httpPort == 0 && credentials == null) {
            throw new IllegalArgumentException(
                    "device credentials needed: --http-port with --admin-password, --credentials FILE or --raw-topic");
        }
    }

    /** Load is only ever aimed at this machine. */
    public static String loopbackHost(String host) {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("--host must be a loopback address, got " + host);
            }
            return host;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host does not resolve: " + host);
        }
    }

    private static Duration positive(String flag, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(flag + " must be positive");
        }
        return value;
    }

    private static Path path(String raw) {
        return raw == null ? null : Path.of(raw);
    }
}
