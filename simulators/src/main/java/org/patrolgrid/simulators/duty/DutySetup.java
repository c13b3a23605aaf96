package org.patrolgrid.simulators.duty;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.patrolgrid.simulators.load.DeviceCredential;

/**
 * Provisions a duty benchmark over the HTTP API: imports the {@link DutyWorld}'s grids and areas ({@code POST /zones},
 * each chunk holding some areas with their own grids), creates or re-keys the devices ({@code POST /devices}, 409 then
 * {@code POST /devices/{id}/secret}) and gives each device a shift on its area that covers now ({@code POST /shifts}).
 * Devices and shifts go through a few parallel {@link Lanes}.
 */
public final class DutySetup {
    private static final String[] KINDS = {"collector", "officer"};

    private final DutySetupOptions options;
    private final DutyWorld world;
    private final PrintStream progress;

    public DutySetup(DutySetupOptions options, DutyWorld world, PrintStream progress) {
        this.options = options;
        this.world = world;
        this.progress = progress;
    }

    /** Runs set-up and returns the device credentials in device order. */
    public Future<List<DeviceCredential>> run(Vertx vertx) {
        ApiSession api = new ApiSession(vertx, options.host(), options.httpPort());
        Lanes lanes = new Lanes(vertx, options.lanes(), progress);
        AtomicReferenceArray<DeviceCredential> credentials = new AtomicReferenceArray<>(options.devices());
        Instant start = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(options.shiftLength());
        return api.login("admin", options.adminPassword())
                .compose(token -> options.withShifts() ? importZones(api, new Lanes(vertx, 1, progress)) : done())
                .compose(v -> lanes.run("duty-setup devices", options.devices(), i -> device(api, i)
                        .map(c -> {
                            credentials.set(i, c);
                            return c;
                        })))
                .compose(v -> options.withShifts()
                        ? lanes.run("duty-setup shifts", options.devices(), i -> shift(api, i, start, end))
                        : done())
                .map(v -> list(credentials))
                .eventually(() -> {
                    api.close();
                    return done();
                });
    }

    private Future<Void> importZones(ApiSession api, Lanes oneLane) {
        int chunks = (options.devices() + options.chunk() - 1) / options.chunk();
        return oneLane.run("duty-setup zone chunks", chunks, c -> {
            int from = c * options.chunk();
            int to = Math.min(options.devices(), from + options.chunk());
            return api.postExpecting("/zones", DutyWorld.collection(chunk(from, to)), 201);
        });
    }

    /** Areas of devices {@code from}..{@code to} with the grids they are made of. */
    List<JsonObject> chunk(int from, int to) {
        int lastGrid = to == options.devices() ? world.grids() : world.firstGrid(to);
        List<JsonObject> features = new ArrayList<>(world.gridFeatures(world.firstGrid(from), lastGrid));
        features.addAll(world.areaFeatures(from, to));
        return features;
    }

    private Future<DeviceCredential> device(ApiSession api, int index) {
        String id = options.deviceId(index);
        JsonObject body = new JsonObject()
                .put("id", id)
                .put("name", "Bench device " + id)
                .put("kind", KINDS[index % KINDS.length])
                .put("unit", "bench")
                .put("district", options.district());
        return api.post("/devices", body)
                .compose(response -> response.statusCode() == 409
                        ? api.postExpecting("/devices/" + id + "/secret", new JsonObject(), 200, 201)
                        : Future.succeededFuture(ApiSession.expect(response, "POST /api/v1/devices " + id, 201)))
                .map(json -> {
                    String secret = json.getString("secret");
                    if (secret == null || secret.isEmpty()) {
                        throw new IllegalStateException("no secret returned for device " + id);
                    }
                    return new DeviceCredential(id, secret);
                });
    }

    private Future<JsonObject> shift(ApiSession api, int index, Instant start, Instant end) {
        return api.postExpecting("/shifts", shiftBody(options.deviceId(index), world.areaId(index), start, end), 201);
    }

    /** A shift of {@code device} on {@code zone}, CONTRACT §3. */
    public static JsonObject shiftBody(String device, String zone, Instant start, Instant end, double graceMinutes) {
        return new JsonObject()
                .put("device", device)
                .put("zones", new JsonArray().add(zone))
                .put("start", start.toString())
                .put("end", end.toString())
                .put("rules", new JsonObject().put("graceMinutes", graceMinutes));
    }

    private JsonObject shiftBody(String device, String zone, Instant start, Instant end) {
        return shiftBody(device, zone, start, end, options.graceMinutes());
    }

    private static List<DeviceCredential> list(AtomicReferenceArray<DeviceCredential> credentials) {
        List<DeviceCredential> list = new ArrayList<>(credentials.length());
        for (int i = 0; i < credentials.length(); i++) {
            list.add(credentials.get(i));
        }
        return list;
    }

    private static Future<Void> done() {
        return Future.succeededFuture();
    }
}
