package org.patrolgrid.tracker.duty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.coverage.LocalPlane;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Turns the stored {@code zone.feature} trees (GeoJSON Features in WGS-84, already validated by the import) into
 * {@link Zone}s. A stand-in until {@code geofence.zone.ZoneFeatureReader} is merged; a feature it cannot read is
 * reported and skipped, so one bad row never stops the others.
 */
public final class ZoneFeatures {
    private ZoneFeatures() {}

    /** The zones of the features: grids first, so areas given as {@code grids} find them. */
    public static Map<String, Zone> read(List<Map<String, Object>> features, List<String> problems) {
        Map<String, Zone> zones = new LinkedHashMap<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        for (Map<String, Object> f : features) {
            Map<?, ?> props = (Map<?, ?>) f.getOrDefault("properties", Map.of());
            try {
                if ("area".equals(props.get("kind"))) {
                    areas.add(f);
                } else {
                    Zone z = zone(props, (Map<?, ?>) f.get("geometry"));
                    zones.put(z.id(), z);
                }
            } catch (RuntimeException e) {
                problems.add("zone " + props.get("id") + ": " + e.getMessage());
            }
        }
        for (Map<String, Object> f : areas) {
            Map<?, ?> props = (Map<?, ?>) f.getOrDefault("properties", Map.of());
            try {
                Zone z = area(props, (Map<?, ?>) f.get("geometry"), zones);
                zones.put(z.id(), z);
            } catch (RuntimeException e) {
                problems.add("zone " + props.get("id") + ": " + e.getMessage());
            }
        }
        return zones;
    }

    private static Zone zone(Map<?, ?> p, Map<?, ?> geometry) {
        String id = text(p, "id");
        String name = text(p, "name");
        String district = text(p, "district");
        return switch (text(p, "kind")) {
            case "grid" -> new GridZone(id, name, district, new GridCode(text(p, "code")), polygonal(geometry));
            case "post" -> post(id, name, district, p, geometry);
            case "route" -> route(id, name, district, p, geometry);
            default -> throw new IllegalArgumentException("unknown kind " + p.get("kind"));
        };
    }

    private static Zone area(Map<?, ?> p, Map<?, ?> geometry, Map<String, Zone> known) {
        List<String> grids = new ArrayList<>();
        if (p.get("grids") instanceof List<?> ids) {
            ids.forEach(i -> grids.add(String.valueOf(i)));
        }
        Geometry footprint;
        if (geometry != null) {
            footprint = polygonal(geometry);
        } else {
            List<Geometry> parts = new ArrayList<>();
            for (String g : grids) {
                if (known.get(g) instanceof GridZone grid) {
                    parts.add(grid.footprint());
                }
            }
            footprint = Geo.FACTORY.buildGeometry(parts).union();
        }
        return new AreaZone(text(p, "id"), text(p, "name"), text(p, "district"), grids, footprint);
    }

    private static Zone post(String id, String name, String district, Map<?, ?> p, Map<?, ?> geometry) {
        if ("Point".equals(geometry.get("type"))) {
            Coordinate c = coordinate((List<?>) geometry.get("coordinates"));
            double radius = number(p, "radius");
            Geometry circle = buffered(Geo.FACTORY.createPoint(c), radius * 1.02);
            return new PostZone(id, name, district, Geo.lat(c), Geo.lon(c), radius, circle);
        }
        Geometry polygon = polygonal(geometry);
        Coordinate c = polygon.getCentroid().getCoordinate();
        return new PostZone(id, name, district, Geo.lat(c), Geo.lon(c), 0, polygon);
    }

    private static Zone route(String id, String name, String district, Map<?, ?> p, Map<?, ?> geometry) {
        LineString line = Geo.FACTORY.createLineString(coordinates((List<?>) geometry.get("coordinates")));
        double width = number(p, "width");
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (p.get("checkpoints") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> c = (Map<?, ?>) o;
                checkpoints.add(new Checkpoint(text(c, "id"), number(c, "lat"), number(c, "lon"), number(c, "radius")));
            }
        }
        return new RouteZone(id, name, district, line, width, checkpoints, buffered(line, width / 2));
    }

    /** The geometry buffered by {@code meters}, computed in a local metric plane. */
    private static Geometry buffered(Geometry wgs84, double meters) {
        LocalPlane plane = LocalPlane.around(wgs84);
        Geometry metric = plane.toPlane(wgs84).buffer(meters, 16);
        metric.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                seq.setOrdinate(i, 0, plane.lon(x));
                seq.setOrdinate(i, 1, plane.lat(y));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return metric;
    }

    private static Geometry polygonal(Map<?, ?> geometry) {
        List<?> coords = (List<?>) geometry.get("coordinates");
        return switch (String.valueOf(geometry.get("type"))) {
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> Geo.FACTORY.createMultiPolygon(
                    coords.stream().map(c -> polygon((List<?>) c)).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("expected a Polygon, got " + geometry.get("type"));
        };
    }

    private static Polygon polygon(List<?> rings) {
        LinearRing shell = Geo.FACTORY.createLinearRing(coordinates((List<?>) rings.get(0)));
        LinearRing[] holes = rings.stream()
                .skip(1)
                .map(r -> Geo.FACTORY.createLinearRing(coordinates((List<?>) r)))
                .toArray(LinearRing[]::new);
        return Geo.FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(List<?> positions) {
        return positions.stream().map(c -> coordinate((List<?>) c)).toArray(Coordinate[]::new);
    }

    /** GeoJSON positions are [lon, lat]. */
    private static Coordinate coordinate(List<?> lonLat) {
        return Geo.coordinate(((Number) lonLat.get(1)).doubleValue(), ((Number) lonLat.get(0)).doubleValue());
    }

    private static String text(Map<?, ?> p, String key) {
        Object v = p.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return String.valueOf(v);
    }

    private static double number(Map<?, ?> p, String key) {
        if (p.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("missing number " + key);
    }
}
