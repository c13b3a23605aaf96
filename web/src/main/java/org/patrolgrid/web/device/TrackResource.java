package org.patrolgrid.web.device;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.api.Encoding;
import org.patrolgrid.web.api.GeoJsonWriter;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.DeviceStore;
import org.patrolgrid.web.store.PositionStore;

/** {@code GET /api/v1/devices/{id}/track?from=&to=&limit=}: the fixes of a visible device as GeoJSON points. */
public final class TrackResource {
    private final Vertx vertx;
    private final DeviceStore devices;
    private final PositionStore positions;
    private final Clock clock;

    public TrackResource(Vertx vertx, DeviceStore devices, PositionStore positions, Clock clock) {
        this.vertx = vertx;
        this.devices = devices;
        this.positions = positions;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/devices/:id/track").handler(ctx -> Replies.handle(ctx, 200, () -> track(ctx)));
    }

    private Future<Buffer> track(RoutingContext ctx) {
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
                .compose(track -> Encoding.encode(vertx, track.size(), () -> toGeoJson(track)));
    }

    /** Points ordered as given, with properties ts, acc, speed, course, alt, batt, mock and receivedAt. */
    static Buffer toGeoJson(List<Position> track) {
        GeoJsonWriter out = GeoJsonWriter.featureCollection();
        for (Position position : track) {
            out.point(position.lat(), position.lon())
                    .time("ts", position.fixTime())
                    .number("acc", position.accuracy())
                    .number("speed", position.speed())
                    .number("course", position.course())
                    .number("alt", position.altitude())
                    .number("batt", position.battery())
                    .bool("mock", position.mock())
                    .time("receivedAt", position.receivedAt())
                    .endFeature();
        }
        return out.finish();
    }
}
