package org.patrolgrid.simulators.duty;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.patrolgrid.simulators.load.CredentialsFile;
import org.patrolgrid.simulators.load.DeviceCredential;
import org.patrolgrid.simulators.load.PositionsFile;

/**
 * {@code patrolgrid-sim duty-setup ...}: provisions devices (and with {@code --grids}, unit grids, one patrol area and
 * one shift covering now per device) and writes the files the load driver reads: {@code --credentials} and
 * {@code --positions-from}. Exit code 2 for bad arguments, 1 when the server refuses.
 */
public final class DutySetupCommand {
    private DutySetupCommand() {}

    public static int run(List<String> args) {
        DutySetupOptions options;
        DutyWorld world;
        try {
            options = DutySetupOptions.parse(args, System.getenv());
            world = new DutyWorld(
                    Math.max(options.grids(), options.devices()),
                    options.devices(),
                    options.district(),
                    options.zonePrefix(),
                    options.south(),
                    options.west());
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim duty-setup: " + e.getMessage());
            System.err.println(DutySetupOptions.USAGE);
            return 2;
        }
        Vertx vertx = Vertx.vertx();
        try {
            List<DeviceCredential> credentials = new DutySetup(options, world, System.err)
                    .run(vertx)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .join();
            CredentialsFile.write(options.writeCredentials(), credentials);
            if (options.withShifts()) {
                writePositions(options, world);
            }
            if (options.writeZones() != null) {
                Files.writeString(options.writeZones(), zones(world).encode(), StandardCharsets.UTF_8);
            }
            System.out.printf(
                    "duty-setup done: devices=%d grids=%d shifts=%d%n",
                    options.devices(),
                    options.withShifts() ? world.grids() : 0,
                    options.withShifts() ? options.devices() : 0);
            return 0;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("patrolgrid-sim duty-setup failed: " + cause.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("patrolgrid-sim duty-setup failed: " + e.getMessage());
            return 1;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static void writePositions(DutySetupOptions options, DutyWorld world) throws IOException {
        StringBuilder text = new StringBuilder(PositionsFile.header()).append('\n');
        for (int d = 0; d < options.devices(); d++) {
            int grid = world.firstGrid(d);
            text.append(PositionsFile.line(
                            options.deviceId(d), world.centreLat(grid), world.centreLon(grid), options.radiusMeters()))
                    .append('\n');
        }
        Files.writeString(options.writePositions(), text, StandardCharsets.UTF_8);
    }

    private static io.vertx.core.json.JsonObject zones(DutyWorld world) {
        List<io.vertx.core.json.JsonObject> features = new java.util.ArrayList<>(world.gridFeatures(0, world.grids()));
        features.addAll(world.areaFeatures(0, world.devices()));
        return DutyWorld.collection(features);
    }
}
