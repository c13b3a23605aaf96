package org.patrolgrid.web.testing;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.patrolgrid.web.WebOptions;
import org.patrolgrid.web.WebVerticle;
import org.patrolgrid.web.auth.DeviceSecrets;
import org.patrolgrid.web.auth.PasswordHasher;
import org.patrolgrid.web.live.LiveStatusSource;

/** A real web verticle on a free port against a test database, with a client and shortcuts for the tests. */
public final class WebFixture {
    /** Few iterations for users inserted by tests; the hash format keeps its count, so login still verifies. */
    private static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000);

    private final Vertx vertx;
    private final Pool pool;
    private final WebClient client;
    private final PrometheusMeterRegistry registry;
    private final AtomicReference<Map<String, String>> probe;
    private final int port;

    private WebFixture(
            Vertx vertx,
            Pool pool,
            PrometheusMeterRegistry registry,
            AtomicReference<Map<String, String>> probe,
            int port) {
        this.vertx = vertx;
        this.pool = pool;
        this.registry = registry;
        this.probe = probe;
        this.port = port;
        this.client = WebClient.create(vertx);
    }

    /** Deploys the web verticle; the health probe reports mqtt and cluster up until told otherwise. */
    public static WebFixture start(Vertx vertx, TestDatabase database) {
        return start(vertx, database, null);
    }

    /** As {@link #start(Vertx, TestDatabase)}, with a live status source (null: the default one). */
    public static WebFixture start(Vertx vertx, TestDatabase database, LiveStatusSource statusSource) {
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4))
                .connectingTo(database.connectOptions())
                .using(vertx)
                .build();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AtomicReference<Map<String, String>> probe = new AtomicReference<>(Map.of("mqtt", "up", "cluster", "up"));
        WebVerticle verticle = new WebVerticle(
                new WebOptions("127.0.0.1", 0),
                pool,
                registry,
                () -> Future.succeededFuture(probe.get()),
                statusSource);
        await(vertx.deployVerticle(verticle));
        return new WebFixture(vertx, pool, registry, probe, verticle.actualPort());
    }

    public static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("future failed: " + e, e);
        }
    }

    public Vertx vertx() {
        return vertx;
    }

    public int port() {
        return port;
    }

    public void setProbe(Map<String, String> components) {
        probe.set(components);
    }

    public RowSet<Row> sql(String sql, Object... values) {
        return await(pool.preparedQuery(sql).execute(Tuple.from(values)));
    }

    /** Inserts a user directly (cheap hash). */
    public void user(String username, String password, String role, List<String> districts) {
        sql(
                "insert into app_user (username, password_hash, role, districts) values ($1, $2, $3, $4)",
                username,
                FAST_HASHER.hash(password),
                role,
                districts.toArray(String[]::new));
    }

    /** Inserts a device directly, with the secret "secret-" + id. */
    public void device(String id, String kind, String district) {
        sql(
                "insert into device (id, name, kind, unit, district, secret_hash) values ($1, $2, $3, $4, $5, $6)",
                id,
                "name of " + id,
                kind,
                "unit of " + id,
                district,
                Buffer.buffer(DeviceSecrets.hash("secret-" + id)));
    }

    /** Inserts a fix into position and, when it is the newest, into device_last_position, as the tracker does. */
    public void fix(String device, Instant ts, double lat, double lon) {
        OffsetDateTime time = OffsetDateTime.ofInstant(ts, ZoneOffset.UTC);
        sql(
                "insert into position (device, fix_time, received_at, lat, lon, accuracy, speed, battery)"
                        + " values ($1, $2, $2, $3, $4, 5.5, 1.25, 80)",
                device,
                time,
                lat,
                lon);
        sql(
                "insert into device_last_position (device, fix_time, received_at, lat, lon, accuracy)"
                        + " values ($1, $2, $2, $3, $4, 5.5) on conflict (device) do update set fix_time = excluded.fix_time,"
                        + " received_at = excluded.received_at, lat = excluded.lat, lon = excluded.lon"
                        + " where device_last_position.fix_time < excluded.fix_time",
                device,
                time,
                lat,
                lon);
    }

    /** Inserts a shift directly, as POST /shifts would; returns its id. */
    public long shift(String device, List<String> zones, Instant start, Instant end) {
        return sql(
                        "insert into shift (device, zones, start_at, end_at) values ($1, $2, $3, $4) returning id",
                        device,
                        zones.toArray(String[]::new),
                        OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(end, ZoneOffset.UTC))
                .iterator()
                .next()
                .getLong(0);
    }

    /** Inserts an alert as the tracker writes it; returns its id. */
    public long alert(String kind, String device, Long shift, String zone, String status, Instant openedAt) {
        return sql(
                        "insert into alert (kind, device, shift, zone, status, opened_at, detail)"
                                + " values ($1, $2, $3, $4, $5, $6, '{\"text\": \"why\"}') returning id",
                        kind,
                        device,
                        shift,
                        zone,
                        status,
                        OffsetDateTime.ofInstant(openedAt, ZoneOffset.UTC))
                .iterator()
                .next()
                .getLong(0);
    }

    /** Creates a user with password "pw" and returns its session token. */
    public String loggedIn(String username, String role, List<String> districts) {
        user(username, "pw", role, districts);
        return login(username, "pw");
    }

    /** Logs in and returns the token; fails the test when login fails. */
    public String login(String username, String password) {
        HttpResponse<Buffer> response = send(
                HttpMethod.POST,
                "/api/v1/session",
                null,
                new JsonObject().put("username", username).put("password", password));
        if (response.statusCode() != 200) {
            throw new AssertionError("login of " + username + " failed: " + response.bodyAsString());
        }
        return response.bodyAsJsonObject().getString("token");
    }

    /** Imports the features as one collection through {@code POST /api/v1/zones}; fails the test unless 201. */
    public void zones(String token, JsonObject... features) {
        HttpResponse<Buffer> response = post("/api/v1/zones", token, GeoJson.collection(features));
        if (response.statusCode() != 201) {
            throw new AssertionError("zone import failed: " + response.statusCode() + " " + response.bodyAsString());
        }
    }

    public HttpResponse<Buffer> get(String path, String token) {
        return send(HttpMethod.GET, path, token, null);
    }

    public HttpResponse<Buffer> post(String path, String token, JsonObject body) {
        return send(HttpMethod.POST, path, token, body);
    }

    public HttpResponse<Buffer> send(HttpMethod method, String path, String token, Object body) {
        HttpRequest<Buffer> request = client.request(method, port, "127.0.0.1", path);
        if (token != null) {
            request.bearerTokenAuthentication(token);
        }
        if (body == null) {
            return await(request.send());
        }
        if (body instanceof Buffer buffer) {
            return await(request.sendBuffer(buffer));
        }
        return await(request.sendJsonObject((JsonObject) body));
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
