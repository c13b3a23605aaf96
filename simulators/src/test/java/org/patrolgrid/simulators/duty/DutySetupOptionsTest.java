package org.patrolgrid.simulators.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutySetupOptionsTest {
    private static DutySetupOptions parse(String line) {
        return DutySetupOptions.parse(List.of(line.split(" ")), Map.of());
    }

    @Test
    void devicesOnlyWithoutGrids() {
        DutySetupOptions o = parse(
                "--http-port 8081 --admin-password pw --devices 3 --id-prefix load-" + " --write-credentials c.csv");
        assertFalse(o.withShifts());
        assertEquals("load-00003", o.deviceId(2));
        assertEquals(Path.of("c.csv"), o.writeCredentials());
        assertEquals(8, o.lanes());
    }

    @Test
    void gridsNeedAPositionsFile() {
        assertThrows(
                IllegalArgumentException.class,
                () -> parse("--http-port 1 --admin-password pw --grids 10 --write-credentials c.csv"));
        DutySetupOptions o = parse("--http-port 1 --admin-password pw --grids 10 --devices 5 --write-credentials c"
                + " --write-positions p --shift-length 2h --lanes 32");
        assertTrue(o.withShifts());
        assertEquals(Duration.ofHours(2), o.shiftLength());
        assertEquals(32, o.lanes());
        assertEquals(Path.of("p"), o.writePositions());
    }

    @Test
    void refusesMissingRequiredFlags() {
        assertThrows(IllegalArgumentException.class, () -> parse("--http-port 1 --write-credentials c"));
        assertThrows(IllegalArgumentException.class, () -> parse("--admin-password pw --write-credentials c"));
        assertThrows(IllegalArgumentException.class, () -> parse("--http-port 1 --admin-password pw"));
    }

    @Test
    void shiftBodyFollowsTheContract() {
        Instant start = Instant.parse("2026-11-28T01:00:00Z");
        JsonObject body = DutySetup.shiftBody("duty-00001", "bench-a-00001", start, start.plusSeconds(3600), 30);
        assertEquals(
                new JsonObject(
                        "{\"device\":\"duty-00001\",\"zones\":[\"bench-a-00001\"],\"start\":\"2026-11-28T01:00:00Z\","
                                + "\"end\":\"2026-11-28T02:00:00Z\",\"rules\":{\"graceMinutes\":30.0}}"),
                body);
    }
}
