package org.patrolgrid.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.patrolgrid.web.auth.PasswordHasher;
import org.patrolgrid.web.auth.Passwords;
import org.patrolgrid.web.auth.TokenCodec;
import org.patrolgrid.web.live.DeviceDirectory;
import org.patrolgrid.web.live.LiveStatusSource;
import org.patrolgrid.web.live.LiveStreamResource;
import org.patrolgrid.web.live.ShiftStatusSource;
import org.patrolgrid.web.store.DeviceStore;
import org.patrolgrid.web.store.DutyNowStore;
import org.patrolgrid.web.store.SettingStore;
import org.patrolgrid.web.store.ZoneStore;
import org.patrolgrid.web.zone.ZoneCatalog;

/** The HTTP API, live streams, tiles and console. Deployed by the tracker with the shared pool and registry. */
public final class WebVerticle extends VerticleBase {
    private final WebOptions options;
    private final Pool pool;
    private final PrometheusMeterRegistry registry;
    private final HealthProbe health;
    private LiveStatusSource statusSource;
    private final Clock clock;
    private volatile int actualPort = -1;
    private WorkerExecutor passwordWorkers;

    /** A web layer whose live status comes from the shifts and alerts in the database ({@link ShiftStatusSource}). */
    public WebVerticle(WebOptions options, Pool pool, PrometheusMeterRegistry registry, HealthProbe health) {
        this(options, pool, registry, health, null);
    }

    /** A web layer whose live status comes from {@code statusSource} (null: from the database). */
    public WebVerticle(
            WebOptions options,
            Pool pool,
            PrometheusMeterRegistry registry,
            HealthProbe health,
            LiveStatusSource statusSource) {
        this.options = options;
        this.pool = pool;
        this.registry = registry;
        this.health = health;
        this.clock = Clock.systemUTC();
        this.statusSource = statusSource;
    }

    /** The bound port, once started. */
    public int actualPort() {
        return actualPort;
    }

    @Override
    public Future<?> start() {
        passwordWorkers = vertx.createSharedWorkerExecutor(Passwords.POOL_NAME, Passwords.POOL_SIZE);
        Passwords passwords = new Passwords(new PasswordHasher(), passwordWorkers);
        LiveStreamResource liveStream =
                new LiveStreamResource(vertx, new DeviceDirectory(new DeviceStore(pool)), registry);
        ZoneCatalog zoneCatalog = new ZoneCatalog(vertx, new ZoneStore(pool));
        if (statusSource == null) {
            statusSource = new ShiftStatusSource(new DutyNowStore(pool), zoneCatalog::current, clock);
        }
        return liveStream
                .start()
                .compose(v -> zoneCatalog.start())
                .compose(v -> new SettingStore(pool).getOrCreate(TokenCodec.SETTING_KEY, TokenCodec::newEncodedKey))
                .map(key -> TokenCodec.fromEncodedKey(key, clock))
                .map(tokens -> WebRoutes.create(new WebRoutes.Parts(
                        vertx,
                        pool,
                        registry,
                        health,
                        statusSource,
                        tokens,
                        passwords,
                        liveStream,
                        zoneCatalog,
                        clock)))
                .compose(router ->
                        vertx.createHttpServer().requestHandler(router).listen(options.port(), options.host()))
                .onSuccess(server -> actualPort = server.actualPort());
    }

    @Override
    public Future<?> stop() {
        return passwordWorkers == null ? Future.succeededFuture() : passwordWorkers.close();
    }
}
