package org.patrolgrid.tracker.support;

import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's real server and a Vert.x of its own for the simulator's code (which talks to the server only over
 * MQTT and HTTP). Register as a static {@code @RegisterExtension} field.
 */
public final class SimulatorRig implements BeforeAllCallback, AfterAllCallback {
    private TestServer server;
    private Vertx vertx;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = TestServer.start();
        vertx = Vertx.vertx();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        vertx.close().await(30, TimeUnit.SECONDS);
        server.close();
    }

    public TestServer server() {
        return server;
    }

    public Vertx vertx() {
        return vertx;
    }
}
