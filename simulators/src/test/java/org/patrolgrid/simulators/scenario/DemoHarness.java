package org.patrolgrid.simulators.scenario;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@link StandInServer} for tests outside this package. */
public final class DemoHarness implements AutoCloseable {
    private final StandInServer server;

    private DemoHarness(StandInServer server) {
        this.server = server;
    }

    public static DemoHarness start(Path dir) throws Exception {
        return new DemoHarness(new StandInServer(dir));
    }

    public Vertx vertx() {
        return server.vertx;
    }

    public int httpPort() {
        return server.endpoint().httpPort();
    }

    public int mqttPort() {
        return server.endpoint().mqttPort();
    }

    public List<JsonObject> shifts() {
        return server.shifts;
    }

    public Set<String> deviceIds() {
        return server.devices.keySet();
    }

    public List<JsonObject> positions() {
        return server.positions;
    }

    public Future<Void> positionsReach(int count) {
        return server.positionsReach(count);
    }

    public <T> T await(Future<T> future) throws Exception {
        return StandInServer.await(future);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
