package org.patrolgrid.web.zone;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneKind;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonTrees;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.store.ZoneRow;
import org.patrolgrid.web.store.ZoneStore;

/**
 * {@code /api/v1/zones}: GeoJSON import (admin only: zones are city-wide master data, and an upsert by id must not let
 * one district re-home another's zone), listing as a FeatureCollection, one zone, and "which zones contain this
 * point" ({@code ?at=lat,lon}) answered from the zone index. Reads are limited to the zones of the caller's districts.
 */
public final class ZoneResource {
    private final Vertx vertx;
    private final ZoneStore zones;
    private final ZoneCatalog catalog;

    public ZoneResource(Vertx vertx, ZoneStore zones, ZoneCatalog catalog) {
        this.vertx = vertx;
        this.zones = zones;
        this.catalog = catalog;
    }

    public void mount(Router router, String base) {
        router.post(base + "/zones").handler(ctx -> Replies.handle(ctx, 201, () -> importZones(ctx)));
        router.get(base + "/zones").handler(ctx -> Replies.handle(ctx, 200, () -> list(ctx)));
        router.get(base + "/zones/:id").handler(ctx -> Replies.handle(ctx, 200, () -> get(ctx)));
    }

    private Future<JsonObject> importZones(RoutingContext ctx) {
        AuthHandler.scope(ctx).requireAdmin();
        Crs crs = ZoneImport.crs(ctx.request().getParam("crs"));
        Buffer body = ctx.body().buffer();
        ZoneSnapshot stored = catalog.current();
        return vertx.executeBlocking(() -> ZoneImport.rows(JsonTrees.parse(body), crs, stored), false)
                .compose(
                        rows -> zones.upsert(rows).compose(n -> catalog.reload().map(rows)))
                .map(rows -> {
                    List<String> ids = rows.stream().map(ZoneRow::id).toList();
                    catalog.publishChanged(ids);
                    return new JsonObject().put("created", rows.size());
                });
    }

    private Future<Buffer> list(RoutingContext ctx) {
        Scope scope = AuthHandler.scope(ctx);
        String at = ctx.request().getParam("at");
        if (at != null) {
            return containing(scope, at).map(ZoneResource::collection);
        }
        String kind = ctx.request().getParam("kind");
        if (kind != null) {
            try {
                kind = ZoneKind.fromWire(kind).wireName();
            } catch (IllegalArgumentException e) {
                throw ApiFault.badRequest("kind must be grid, area, post or route");
            }
        }
        return zones.features(scope, kind, ctx.request().getParam("district")).map(ZoneResource::collection);
    }

    private Future<List<String>> containing(Scope scope, String at) {
        double[] point = point(at);
        List<String> ids = catalog.current().containing(point[0], point[1]).stream()
                .filter(zone -> scope.allowsZone(zone.district()))
                .map(Zone::id)
                .toList();
        return ids.isEmpty() ? Future.succeededFuture(List.of()) : zones.features(scope, ids);
    }

    private Future<Buffer> get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        return zones.find(id, AuthHandler.scope(ctx))
                .map(found ->
                        Buffer.buffer(found.orElseThrow(() -> notFound(id)).feature()));
    }

    static ApiFault notFound(String id) {
        return ApiFault.notFound("no zone " + id);
    }

    /** {@code lat,lon} in degrees; 400 otherwise. */
    static double[] point(String at) {
        String[] parts = at.split(",");
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                    return new double[] {lat, lon};
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiFault.badRequest("at must be lat,lon in degrees");
    }

    private static Buffer collection(List<String> features) {
        Buffer out = Buffer.buffer(features.stream().mapToInt(String::length).sum() + 64);
        out.appendString("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            out.appendString(i == 0 ? "" : ",").appendString(features.get(i));
        }
        return out.appendString("]}");
    }
}
