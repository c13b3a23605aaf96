package org.patrolgrid.web.zone;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.patrolgrid.web.bus.BusAddress;
import org.patrolgrid.web.store.ZoneStore;

/**
 * Keeps the current {@link ZoneSnapshot}: loaded at start, rebuilt on a worker whenever {@link
 * BusAddress#ZONES_CHANGED} arrives (from any node), and swapped in whole, so lookups never lock. A reload that was
 * asked for earlier never replaces a newer one.
 */
public final class ZoneCatalog {
    private static final String ORIGIN = "patrolgrid-origin";

    private final Vertx vertx;
    private final ZoneStore store;
    private final String origin = UUID.randomUUID().toString();
    private volatile ZoneSnapshot current = ZoneSnapshot.EMPTY;
    private long asked;
    private long applied;

    public ZoneCatalog(Vertx vertx, ZoneStore store) {
        this.vertx = vertx;
        this.store = store;
    }

    /** Loads the zones and follows changes made by other nodes; call from the verticle's start. */
    public Future<Void> start() {
        vertx.eventBus().consumer(BusAddress.ZONES_CHANGED, message -> {
            if (!origin.equals(message.headers().get(ORIGIN))) {
                reload();
            }
        });
        return reload().mapEmpty();
    }

    public ZoneSnapshot current() {
        return current;
    }

    /** Reads every zone and builds a new snapshot off the event loop; completes once it is current. */
    public Future<ZoneSnapshot> reload() {
        long generation = ++asked;
        return store.all()
                .compose(rows -> vertx.executeBlocking(() -> ZoneSnapshot.build(rows), false))
                .map(snapshot -> {
                    if (generation > applied) {
                        applied = generation;
                        current = snapshot;
                    }
                    return current;
                });
    }

    /** Tells every node (this one's snapshot is reloaded by the caller) that these zones changed. */
    public void publishChanged(List<String> ids) {
        JsonObject body = new JsonObject().put("zones", new JsonArray(List.copyOf(ids)));
        vertx.eventBus().publish(BusAddress.ZONES_CHANGED, body, new DeliveryOptions().addHeader(ORIGIN, origin));
    }
}
