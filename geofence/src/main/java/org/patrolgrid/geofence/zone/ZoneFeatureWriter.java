package org.patrolgrid.geofence.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.geo.GeoJsonGeometryWriter;

/**
 * Writes zones as GeoJSON trees ({@code Map}/{@code List}) for serving, the inverse of {@link ZoneFeatureReader}:
 * reading what this writes gives the same zones back. Circular posts are written as their Point with {@code
 * radius}, routes as their LineString with {@code width} and {@code checkpoints}; ask for {@link Shape#FOOTPRINT} to
 * get the footprint polygons instead (for drawing).
 */
public final class ZoneFeatureWriter {
    /** Which geometry to write. */
    public enum Shape {
        /** The geometry the zone was defined by (Point + radius, LineString + width): round-trips exactly. */
        SOURCE,
        /** The footprint polygon a person must be inside. */
        FOOTPRINT
    }

    private ZoneFeatureWriter() {}

    public static Map<String, Object> feature(Zone zone) {
        return feature(new ZoneFeature(zone, Map.of()), Shape.SOURCE);
    }

    public static Map<String, Object> feature(ZoneFeature zf, Shape shape) {
        Zone zone = zf.zone();
        Map<String, Object> props = new LinkedHashMap<>(zf.attributes());
        props.put("id", zone.id());
        props.put("kind", zone.kind().wireName());
        props.put("name", zone.name());
        props.put("district", zone.district());
        Geometry geometry = zone.footprint();
        if (zone instanceof GridZone grid) {
            props.put("code", grid.code().value());
        } else if (zone instanceof AreaZone area && !area.gridIds().isEmpty()) {
            props.put("grids", area.gridIds());
        } else if (zone instanceof PostZone post && post.isCircle()) {
            props.put("radius", post.radiusMeters());
            geometry = shape == Shape.SOURCE ? Geo.point(post.centerLat(), post.centerLon()) : geometry;
        } else if (zone instanceof RouteZone route) {
            props.put("width", route.widthMeters());
            props.put("checkpoints", checkpoints(route.checkpoints()));
            geometry = shape == Shape.SOURCE ? route.line() : geometry;
        }
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", GeoJsonGeometryWriter.write(geometry));
        feature.put("properties", props);
        return feature;
    }

    public static Map<String, Object> featureCollection(List<? extends Zone> zones) {
        List<Object> features = new ArrayList<>(zones.size());
        for (Zone zone : zones) {
            features.add(feature(zone));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static List<Object> checkpoints(List<Checkpoint> checkpoints) {
        List<Object> out = new ArrayList<>(checkpoints.size());
        for (Checkpoint cp : checkpoints) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", cp.id());
            m.put("lon", cp.lon());
            m.put("lat", cp.lat());
            m.put("radius", cp.radiusMeters());
            out.add(m);
        }
        return out;
    }
}
