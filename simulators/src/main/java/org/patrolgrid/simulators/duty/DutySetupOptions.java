package org.patrolgrid.simulators.duty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolgrid.simulators.CommandLineFlags;
import org.patrolgrid.simulators.load.LoadOptionsParser;

/**
 * Options of {@code patrolgrid-sim duty-setup}.
 *
 * @param grids unit grids to import; 0 creates the devices only (no zones, no shifts)
 * @param shiftLength each shift runs from 5 minutes ago for this long
 * @param graceMinutes the shifts' grace, long enough that set-up time does not make anyone absent
 * @param radiusMeters each device walks within this distance of its area's first grid centre
 */
public record DutySetupOptions(
        String host,
        int httpPort,
        String adminPassword,
        int devices,
        String idPrefix,
        int grids,
        String zonePrefix,
        String district,
        double south,
        double west,
        double radiusMeters,
        Duration shiftLength,
        double graceMinutes,
        int lanes,
        int chunk,
        Path writeCredentials,
        Path writePositions,
        Path writeZones) {

    public static final String USAGE = "usage: duty-setup --http-port HP --admin-password PW --devices N"
            + " --write-credentials FILE\n"
            + "  [--grids G --write-positions FILE] [--id-prefix duty-] [--zone-prefix bench-] [--district 330402]\n"
            + "  [--south 30.70 --west 120.70] [--radius 30] [--shift-length 4h] [--grace-minutes 30] [--lanes 8]\n"
            + "  [--chunk 500] [--write-zones FILE] [--host 127.0.0.1]";

    private static final Set<String> VALUE_FLAGS = Set.of(
            "--host",
            "--http-port",
            "--admin-password",
            "--devices",
            "--id-prefix",
            "--grids",
            "--zone-prefix",
            "--district",
            "--south",
            "--west",
            "--radius",
            "--shift-length",
            "--grace-minutes",
            "--lanes",
            "--chunk",
            "--write-credentials",
            "--write-positions",
            "--write-zones");

    public static DutySetupOptions parse(List<String> args, Map<String, String> environment) {
        CommandLineFlags flags = new CommandLineFlags(args, VALUE_FLAGS, Set.of());
        String password = flags.text("--admin-password", environment.get("PATROLGRID_ADMIN_PASSWORD"));
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("--admin-password (or PATROLGRID_ADMIN_PASSWORD) is required");
        }
        if (!flags.has("--http-port") || !flags.has("--write-credentials")) {
            throw new IllegalArgumentException("--http-port and --write-credentials are required");
        }
        int grids = flags.integer("--grids", 0, 0, DutyWorld.MAX_GRIDS);
        if (grids > 0 && !flags.has("--write-positions")) {
            throw new IllegalArgumentException("--grids needs --write-positions");
        }
        return new DutySetupOptions(
                LoadOptionsParser.loopbackHost(flags.text("--host", "127.0.0.1")),
                flags.integer("--http-port", 0, 1, 65_535),
                password,
                flags.integer("--devices", 100, 1, 200_000),
                flags.text("--id-prefix", "duty-"),
                grids,
                flags.text("--zone-prefix", "bench-"),
                flags.text("--district", "330402"),
                flags.decimal("--south", 30.70, -85, 85),
                flags.decimal("--west", 120.70, -180, 180),
                flags.decimal("--radius", 30, 1, 10_000),
                flags.duration("--shift-length", Duration.ofHours(4)),
                flags.decimal("--grace-minutes", 30, 0, 24 * 60),
                flags.integer("--lanes", 8, 1, 256),
                flags.integer("--chunk", 500, 1, 5000),
                Path.of(flags.text("--write-credentials", null)),
                path(flags.text("--write-positions", null)),
                path(flags.text("--write-zones", null)));
    }

    /** Device id number {@code index} (0-based): the prefix and a 5-digit number, as the load driver names them. */
    public String deviceId(int index) {
        return String.format("%s%05d", idPrefix, index + 1);
    }

    public boolean withShifts() {
        return grids > 0;
    }

    private static Path path(String raw) {
        return raw == null ? null : Path.of(raw);
    }
}
