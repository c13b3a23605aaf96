package org.patrolgrid.geofence.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.geo.GeoJsonGeometryReader;
import org.patrolgrid.geofence.zone.FeatureProperties.FeatureException;

/** Builds one zone from one Feature's properties and geometry (CONTRACT.md §3 "Zones"), kind by kind. */
final class FeatureZoneBuilder {
    private final Crs crs;

    FeatureZoneBuilder(Crs crs) {
        this.crs = crs;
    }

    /** The zone, or null for an area made of grids (resolved later from {@code gridIds(props)}). */
    Zone build(ZoneKind kind, String id, String name, String district, FeatureProperties props, Object geometry) {
        return switch (kind) {
            case GRID -> GridZone.of(id, name, district, props.text("code"), area(geometry, "grid"));
            case AREA -> props.has("grids") ? null : AreaZone.ofPolygon(id, name, district, area(geometry, "area"));
            case POST -> post(id, name, district, props, geometry);
            case ROUTE -> route(id, name, district, props, geometry);
        };
    }

    /** The grid ids of an area made of grids. */
    static List<String> gridIds(FeatureProperties props) {
        List<?> raw = props.optionalList("grids");
        if (raw == null || raw.isEmpty()) {
            throw new FeatureException("area has an empty grids list");
        }
        List<String> ids = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw new FeatureException("grids must hold grid ids, got " + o);
            }
            ids.add(s);
        }
        return ids;
    }

    private PostZone post(String id, String name, String district, FeatureProperties props, Object geometry) {
        Geometry g = geometry(geometry);
        if (g instanceof Point p) {
            if (!props.has("radius")) {
                throw new FeatureException("post Point needs a radius in metres");
            }
            return PostZone.circle(id, name, district, p.getY(), p.getX(), props.number("radius"));
        }
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return PostZone.polygon(id, name, district, g);
        }
        throw new FeatureException("post geometry must be a Point with radius or a Polygon, got " + type(g));
    }

    private RouteZone route(String id, String name, String district, FeatureProperties props, Object geometry) {
        Geometry g = geometry(geometry);
        if (!(g instanceof LineString line)) {
            throw new FeatureException("route geometry must be a LineString, got " + type(g));
        }
        if (!props.has("width")) {
            throw new FeatureException("route needs a width in metres");
        }
        return RouteZone.of(id, name, district, line, props.number("width"), checkpoints(props));
    }

    private List<Checkpoint> checkpoints(FeatureProperties props) {
        List<?> raw = props.optionalList("checkpoints");
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (raw == null) {
            return checkpoints;
        }
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof Map<?, ?> map)) {
                throw new FeatureException("checkpoint " + (i + 1) + " must be an object");
            }
            var cp = new FeatureProperties(map);
            try {
                String cpId = cp.text("id");
                double lat = cp.number("lat");
                double lon = cp.number("lon");
                double[] wgs =
                        Double.isFinite(lat) && Double.isFinite(lon) ? crs.toWgs84(lat, lon) : new double[] {lat, lon};
                checkpoints.add(new Checkpoint(cpId, wgs[0], wgs[1], cp.number("radius")));
            } catch (FeatureException e) {
                throw new FeatureException("checkpoint " + (i + 1) + ": " + e.getMessage());
            }
        }
        return checkpoints;
    }

    private Geometry area(Object geometry, String kind) {
        Geometry g = geometry(geometry);
        if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
            throw new FeatureException(kind + " geometry must be a Polygon or MultiPolygon, got " + type(g));
        }
        return g;
    }

    private Geometry geometry(Object geometry) {
        if (geometry == null) {
            throw new FeatureException("missing geometry");
        }
        return crs.toWgs84(GeoJsonGeometryReader.read(geometry));
    }

    private static String type(Geometry g) {
        return g.getGeometryType();
    }
}
