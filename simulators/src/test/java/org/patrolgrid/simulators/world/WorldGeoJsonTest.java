package org.patrolgrid.simulators.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;

/** The written features carry exactly the CONTRACT §3 zone properties, lon-lat ordered. */
class WorldGeoJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Set<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    @Test
    void gridIsAPolygonWithItsCode() {
        GridZone grid = new GridZone(
                "grid-33040200700101",
                "建设街道001社区01号网格",
                "330402",
                new GridCode("33040200700101"),
                new GridLattice(30.75, 120.75, 30.76, 120.76, 100).cell(0, 0));
        JsonNode feature = WorldGeoJson.feature(grid);
        assertEquals(Set.of("id", "kind", "name", "district", "code"), keys(feature.get("properties")));
        assertEquals("grid", feature.get("properties").get("kind").asText());
        assertEquals("33040200700101", feature.get("properties").get("code").asText());
        JsonNode first = feature.get("geometry").get("coordinates").get(0).get(0);
        assertEquals(120.75, first.get(0).asDouble(), "lon first");
        assertEquals(30.75, first.get(1).asDouble());
    }

    @Test
    void areaListsItsGridsAndHasNoGeometryOfItsOwn() {
        AreaZone area = new AreaZone(
                "area-330402-001",
                "a",
                "330402",
                List.of("g1", "g2"),
                Geo.point(30, 120).buffer(0.001));
        JsonNode feature = WorldGeoJson.feature(area);
        assertTrue(feature.get("geometry").isNull());
        assertEquals(Set.of("id", "kind", "name", "district", "grids"), keys(feature.get("properties")));
        assertEquals("g2", feature.get("properties").get("grids").get(1).asText());
    }

    @Test
    void postIsAPointWithARadius() {
        PostZone post = new PostZone("post-1", "p", "330411", 30.76, 120.74, 45, Footprints.circle(30.76, 120.74, 45));
        JsonNode feature = WorldGeoJson.feature(post);
        assertEquals(Set.of("id", "kind", "name", "district", "radius"), keys(feature.get("properties")));
        assertEquals("Point", feature.get("geometry").get("type").asText());
        assertEquals(120.74, feature.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(45, feature.get("properties").get("radius").asDouble());
    }

    @Test
    void routeIsALineWithWidthAndCheckpoints() throws Exception {
        LineString line = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.75, 120.76)});
        RouteZone route = new RouteZone(
                "route-1",
                "r",
                "330402",
                line,
                40,
                List.of(new Checkpoint("route-1-cp1", 30.75, 120.755, 25)),
                Footprints.corridor(line, 40));
        JsonNode feature = JSON.readTree(JSON.writeValueAsString(WorldGeoJson.feature(route)));
        assertEquals(Set.of("id", "kind", "name", "district", "width", "checkpoints"), keys(feature.get("properties")));
        JsonNode checkpoint = feature.get("properties").get("checkpoints").get(0);
        assertEquals(Set.of("id", "lon", "lat", "radius"), keys(checkpoint));
        assertEquals(120.755, checkpoint.get("lon").asDouble());
        assertEquals("LineString", feature.get("geometry").get("type").asText());
    }

    @Test
    void corridorIsAsWideAsItSaysInMetres() {
        LineString line = Geo.FACTORY.createLineString(
                new Coordinate[] {Geo.coordinate(30.75, 120.75), Geo.coordinate(30.76, 120.75)});
        var corridor = Footprints.corridor(line, 40);
        double eastEdgeLon = corridor.getEnvelopeInternal().getMaxX();
        double halfWidth = Geo.meters(30.755, 120.75, 30.755, eastEdgeLon);
        assertEquals(20, halfWidth, 0.2);
    }

    @Test
    void circleEnclosesItsRadius() {
        var circle = Footprints.circle(30.75, 120.75, 50);
        for (int bearing = 0; bearing < 360; bearing += 7) {
            double rad = Math.toRadians(bearing);
            double lat = 30.75 + 49.9 * Math.cos(rad) / Geo.metersPerDegreeLat();
            double lon = 120.75 + 49.9 * Math.sin(rad) / Geo.metersPerDegreeLon(30.75);
            assertTrue(circle.covers(Geo.point(lat, lon)), "bearing " + bearing);
        }
        assertTrue(!circle.covers(Geo.point(30.75 + 53 / Geo.metersPerDegreeLat(), 120.75)));
    }
}
