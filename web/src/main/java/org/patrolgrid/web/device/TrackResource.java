package org.patrolgrid.web.device;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.api.GeoJson;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.DeviceStore;
import org.patrolgrid.web.store.PositionStore;

/** {@code GET /api/v1/devices/{id}/track?from=&to=&limit=}: the fixes of a visible device as GeoJSON points. */
public final class TrackResource {
    private final DeviceStore devices;
    private final PositionStore positions;
    private final Clock clock;

    public TrackResource(DeviceStore devices, PositionStore positions, Clock clock) {
        this.devices = devices;
        this.positions = positions;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/devices/:id/track").handler(ctx -> Replies.handle(ctx, 200, () -> track(ctx)));
    }

    private Future<JsonObject> track(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        HttpServerRequest request = ctx.request();
        TrackQuery query = TrackQuery.parse(
                request.getParam("from"), request.getParam("to"), request.getParam("limit"), clock.instant());
        return devices.find(id, AuthHandler.scope(ctx))
                .compose(device -> {
                    if (device.isEmpty()) {
                        throw DeviceResource.notFound(id);
                    }
                    return positions.track(id, query.from(), query.to(), query.limit());
                })
                .map(track -> {
                    JsonArray features = new JsonArray();
                    track.forEach(position -> features.add(toFeature(position)));
                    return GeoJson.featureCollection(features);
                });
    }

    static JsonObject toFeature(Position position) {
        JsonObject properties = new JsonObject()
                .put("ts", GeoJson.time(position.fixTime()))
                .put("acc", GeoJson.number(position.accuracy()))
                .put("speed", GeoJson.number(position.speed()))
                .put("course", GeoJson.number(position.course()))
                .put("alt", GeoJson.number(position.altitude()))
                .put("batt", GeoJson.number(position.battery()))
                .put("mock", position.mock())
                .put("receivedAt", GeoJson.time(position.receivedAt()));
        return GeoJson.feature(GeoJson.point(position.lat(), position.lon()), properties);
    }
}
