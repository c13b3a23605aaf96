package org.patrolgrid.web.live;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.api.GeoJson;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.DeviceRecord;
import org.patrolgrid.web.store.LastPositionStore;
import org.patrolgrid.web.store.LastPositionStore.LastFix;

/** {@code GET /api/v1/live}: the latest fix of each visible device, with its duty status, as GeoJSON points. */
public final class LiveResource {
    private static final LiveStatus UNKNOWN = LiveStatus.of(DutyStatus.OFF_SHIFT);

    private final LastPositionStore lastPositions;
    private final LiveStatusSource statusSource;

    public LiveResource(LastPositionStore lastPositions, LiveStatusSource statusSource) {
        this.lastPositions = lastPositions;
        this.statusSource = statusSource;
    }

    public void mount(Router router, String base) {
        router.get(base + "/live").handler(ctx -> Replies.handle(ctx, 200, () -> live(ctx)));
    }

    private Future<JsonObject> live(RoutingContext ctx) {
        return lastPositions.latest(AuthHandler.scope(ctx)).compose(fixes -> {
            List<Position> positions = fixes.stream().map(LastFix::position).toList();
            return statusSource.statuses(positions).map(statuses -> toCollection(fixes, statuses));
        });
    }

    private static JsonObject toCollection(List<LastFix> fixes, Map<String, LiveStatus> statuses) {
        JsonArray features = new JsonArray();
        for (LastFix fix : fixes) {
            LiveStatus status = statuses.getOrDefault(fix.device().id(), UNKNOWN);
            features.add(toFeature(fix.device(), fix.position(), status));
        }
        return GeoJson.featureCollection(features);
    }

    private static JsonObject toFeature(DeviceRecord device, Position position, LiveStatus status) {
        JsonObject properties = new JsonObject()
                .put("device", device.id())
                .put("name", device.name())
                .put("kind", device.kind())
                .put("unit", device.unit())
                .put("district", device.district())
                .put("ts", GeoJson.time(position.fixTime()))
                .put("status", status.status().wireName())
                .put("shift", status.shift())
                .put("zone", status.zone())
                .put("acc", GeoJson.number(position.accuracy()))
                .put("speed", GeoJson.number(position.speed()))
                .put("course", GeoJson.number(position.course()))
                .put("batt", GeoJson.number(position.battery()))
                .put("mock", position.mock())
                .put("receivedAt", GeoJson.time(position.receivedAt()));
        return GeoJson.feature(GeoJson.point(position.lat(), position.lon()), properties);
    }
}
