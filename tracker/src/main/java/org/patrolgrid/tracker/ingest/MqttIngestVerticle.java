package org.patrolgrid.tracker.ingest;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.mqtt.MqttAuth;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttServerOptions;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import org.patrolgrid.tracker.metrics.IngestMetrics;
import org.patrolgrid.tracker.storage.Database;
import org.patrolgrid.tracker.storage.PositionWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT listener. Deploy one instance per event loop on the same port; each has its own group-commit writer and
 * database connection, so a connection's messages never leave its event loop.
 */
public final class MqttIngestVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(MqttIngestVerticle.class);

    /** Listener settings, from the server config. */
    public record Options(
            String host,
            int port,
            int maxPayloadBytes,
            int maxBatch,
            Duration maxFutureSkew,
            Duration maxAge,
            int commitBatchRows,
            Duration commitLinger) {}

    private final Options options;
    private final Database database;
    private final DeviceAuthenticator authenticator;
    private final DeviceSessions sessions;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final IngestListener listener;
    private final RejectionLog rejectionLog = new RejectionLog();
    private MqttServer server;
    private Pool pool;
    private PositionWriter writer;
    private IngestContext ingest;

    public MqttIngestVerticle(
            Options options,
            Database database,
            DeviceAuthenticator authenticator,
            DeviceSessions sessions,
            IngestMetrics metrics,
            Clock clock,
            IngestListener listener) {
        this.options = options;
        this.database = database;
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.metrics = metrics;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public Future<?> start() {
        pool = database.pool(vertx, 1);
        writer = new PositionWriter(vertx, pool, options.commitBatchRows(), options.commitLinger(), metrics);
        PositionValidator validator = new PositionValidator(clock, options.maxFutureSkew(), options.maxAge());
        ingest = new IngestContext(
                options.maxPayloadBytes(),
                new NativePositionCodec(validator, options.maxBatch()),
                new OwnTracksCodec(validator, options.maxBatch()),
                new DeviceEventCodec(validator, options.maxBatch()),
                writer,
                metrics,
                rejectionLog,
                sessions,
                listener);
        server = MqttServer.create(
                vertx,
                new MqttServerOptions()
                        .setHost(options.host())
                        .setPort(options.port())
                        // Room above the contract's limit, so an oversized payload is answered with a reason, not
                        // dropped.
                        .setMaxMessageSize(options.maxPayloadBytes() * 2 + 1024)
                        .setTimeoutOnConnect(30));
        server.endpointHandler(this::onConnect);
        return server.listen();
    }

    /** The bound port, once started. */
    public int actualPort() {
        return server.actualPort();
    }

    private void onConnect(MqttEndpoint endpoint) {
        MqttAuth auth = endpoint.auth();
        String id = auth == null ? null : auth.getUsername();
        Context context = vertx.getOrCreateContext();
        authenticator
                .authenticate(id, auth == null ? null : auth.getPassword())
                .onSuccess(device -> {
                    if (device.isEmpty()) {
                        refuse(endpoint, id, "bad_credentials", badCredentials(endpoint));
                    } else {
                        accept(endpoint, device.get().id(), context);
                    }
                })
                .onFailure(e -> {
                    LOG.warn("cannot check credentials of {}: {}", id, e.getMessage());
                    refuse(
                            endpoint,
                            id,
                            "server_unavailable",
                            endpoint.protocolVersion() == 5
                                    ? MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE_5
                                    : MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE);
                });
    }

    private void accept(MqttEndpoint endpoint, String device, Context context) {
        DeviceSessions.Session session = new DeviceSessions.Session(device, endpoint, context);
        new DeviceConnection(endpoint, device, ingest).attach();
        endpoint.closeHandler(v -> {
            sessions.closed(session);
            metrics.connectionClosed();
        });
        endpoint.exceptionHandler(e -> LOG.debug("connection of {}: {}", device, e.getMessage()));
        endpoint.accept(false);
        sessions.open(session);
        metrics.connectionOpened();
    }

    private void refuse(MqttEndpoint endpoint, String id, String reason, MqttConnectReturnCode code) {
        metrics.connectRefused(reason);
        rejectionLog.log(String.valueOf(id), reason, "CONNECT refused from " + endpoint.remoteAddress());
        endpoint.reject(code);
    }

    private static MqttConnectReturnCode badCredentials(MqttEndpoint endpoint) {
        return endpoint.protocolVersion() == 5
                ? MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USERNAME_OR_PASSWORD
                : MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD;
    }

    @Override
    public Future<?> stop() {
        return server.close().compose(v -> writer.drained()).eventually(() -> pool.close());
    }
}
