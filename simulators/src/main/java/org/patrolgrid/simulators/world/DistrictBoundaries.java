package org.patrolgrid.simulators.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;

/** Reads the bundled WGS-84 outlines of 南湖区 and 秀洲区 (Aliyun DataV GeoAtlas, see world/ATTRIBUTION.md). */
public final class DistrictBoundaries {
    public static final String RESOURCE = "/world/nanhu_xiuzhou_wgs84.geojson";

    private DistrictBoundaries() {}

    public static List<DistrictBoundary> load() {
        try (InputStream in = DistrictBoundaries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<DistrictBoundary> districts = new ArrayList<>();
            for (JsonNode feature : new ObjectMapper().readTree(in).get("features")) {
                JsonNode properties = feature.get("properties");
                districts.add(new DistrictBoundary(
                        properties.get("adcode").asText(),
                        properties.get("name").asText(),
                        geometry(feature.get("geometry"))));
            }
            return List.copyOf(districts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        return switch (geometry.get("type").asText()) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i));
                }
                yield Geo.FACTORY.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("expected a (Multi)Polygon, got " + geometry.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return Geo.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode lonLat = positions.get(i);
            coordinates[i] =
                    Geo.coordinate(lonLat.get(1).asDouble(), lonLat.get(0).asDouble());
        }
        return Geo.FACTORY.createLinearRing(coordinates);
    }
}
