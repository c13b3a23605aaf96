package org.patrolgrid.web.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.web.api.Encoding;
import org.patrolgrid.web.api.GeoJsonWriter;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.DeviceRecord;
import org.patrolgrid.web.store.LastPositionStore;
import org.patrolgrid.web.store.LastPositionStore.LastFix;

/** {@code GET /api/v1/live}: the latest fix of each visible device, with its duty status, as GeoJSON points. */
public final class LiveResource {
    private static final LiveStatus UNKNOWN = LiveStatus.of(DutyStatus.OFF_SHIFT);

    private final Vertx vertx;
    private final LastPositionStore lastPositions;
    private final LiveStatusSource statusSource;

    public LiveResource(Vertx vertx, LastPositionStore lastPositions, LiveStatusSource statusSource) {
        this.vertx = vertx;
        this.lastPositions = lastPositions;
        this.statusSource = statusSource;
    }

    public void mount(Router router, String base) {
        router.get(base + "/live").handler(ctx -> Replies.handle(ctx, 200, () -> live(ctx)));
    }

    private Future<Buffer> live(RoutingContext ctx) {
        return lastPositions.latest(AuthHandler.scope(ctx)).compose(fixes -> {
            List<Position> positions = fixes.stream().map(LastFix::position).toList();
            return statusSource
                    .statuses(positions)
                    .compose(statuses -> Encoding.encode(vertx, fixes.size(), () -> toGeoJson(fixes, statuses)));
        });
    }

    private static Buffer toGeoJson(List<LastFix> fixes, Map<String, LiveStatus> statuses) {
        GeoJsonWriter out = GeoJsonWriter.featureCollection();
        for (LastFix fix : fixes) {
            DeviceRecord device = fix.device();
            Position position = fix.position();
            LiveStatus status = statuses.getOrDefault(device.id(), UNKNOWN);
            out.point(position.lat(), position.lon())
                    .string("device", device.id())
                    .string("name", device.name())
                    .string("kind", device.kind())
                    .string("unit", device.unit())
                    .string("district", device.district())
                    .time("ts", position.fixTime())
                    .string("status", status.status().wireName())
                    .string("shift", status.shift())
                    .string("zone", status.zone())
                    .number("acc", position.accuracy())
                    .number("speed", position.speed())
                    .number("course", position.course())
                    .number("batt", position.battery())
                    .bool("mock", position.mock())
                    .time("receivedAt", position.receivedAt())
                    .endFeature();
        }
        return out.finish();
    }
}
