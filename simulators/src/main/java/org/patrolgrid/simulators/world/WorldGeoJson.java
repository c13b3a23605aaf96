package org.patrolgrid.simulators.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Writes the world as one GeoJSON FeatureCollection with the zone properties of CONTRACT §3: {@code id, kind, name,
 * district} and per kind {@code code} (grid, a Polygon), {@code grids} (area, no geometry of its own), {@code radius}
 * (post, a Point) or {@code width} and {@code checkpoints} (route, a LineString). One feature per line, so the output
 * diffs well; lon-lat order, as GeoJSON wants.
 */
public final class WorldGeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorldGeoJson() {}

    public static void write(JiaxingWorld world, Writer out) {
        try {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean first = true;
            for (Zone zone : world.zones()) {
                if (!first) {
                    out.write(",\n");
                }
                out.write(JSON.writeValueAsString(feature(zone)));
                first = false;
            }
            out.write("\n]}\n");
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode feature(Zone zone) {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
        ObjectNode properties = JSON.createObjectNode()
                .put("id", zone.id())
                .put("kind", zone.kind().wireName())
                .put("name", zone.name())
                .put("district", zone.district());
        if (zone instanceof GridZone grid) {
            properties.put("code", grid.code().value());
            feature.set("geometry", polygon((Polygon) grid.footprint()));
        } else if (zone instanceof AreaZone area) {
            area.gridIds().forEach(properties.putArray("grids")::add);
            feature.putNull("geometry");
        } else if (zone instanceof PostZone post) {
            properties.put("radius", post.radiusMeters());
            feature.set("geometry", point(post.centerLat(), post.centerLon()));
        } else if (zone instanceof RouteZone route) {
            properties.put("width", route.widthMeters());
            ArrayNode checkpoints = properties.putArray("checkpoints");
            route.checkpoints().forEach(c -> checkpoints.add(checkpoint(c)));
            feature.set("geometry", line(route.line().getCoordinates()));
        }
        feature.set("properties", properties);
        return feature;
    }

    private static ObjectNode checkpoint(Checkpoint c) {
        return JSON.createObjectNode()
                .put("id", c.id())
                .put("lon", c.lon())
                .put("lat", c.lat())
                .put("radius", c.radiusMeters());
    }

    private static ObjectNode point(double lat, double lon) {
        ObjectNode point = JSON.createObjectNode().put("type", "Point");
        point.putArray("coordinates").add(lon).add(lat);
        return point;
    }

    private static ObjectNode line(Coordinate[] coordinates) {
        ObjectNode line = JSON.createObjectNode().put("type", "LineString");
        line.set("coordinates", positions(coordinates));
        return line;
    }

    private static ObjectNode polygon(Polygon polygon) {
        ObjectNode geometry = JSON.createObjectNode().put("type", "Polygon");
        ArrayNode rings = geometry.putArray("coordinates");
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return geometry;
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode positions = JSON.createArrayNode();
        for (Coordinate c : coordinates) {
            positions.addArray().add(Geo.lon(c)).add(Geo.lat(c));
        }
        return positions;
    }
}
