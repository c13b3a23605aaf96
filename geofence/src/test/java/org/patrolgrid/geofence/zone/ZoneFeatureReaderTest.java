package org.patrolgrid.geofence.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.geo.Gcj02;
import org.patrolgrid.geofence.geo.Geo;

class ZoneFeatureReaderTest {
    private static List<Object> ring(double lat, double lon, double d) {
        return List.of(
                List.of(lon, lat),
                List.of(lon + d, lat),
                List.of(lon + d, lat + d),
                List.of(lon, lat + d),
                List.of(lon, lat));
    }

    private static Map<String, Object> geometry(String type, Object coordinates) {
        return Map.of("type", type, "coordinates", coordinates);
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Object... props) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < props.length; i += 2) {
            p.put((String) props[i], props[i + 1]);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", p);
        return f;
    }

    private static Map<String, Object> collection(Object... features) {
        return Map.of("type", "FeatureCollection", "features", List.of(features));
    }

    private static Map<String, Object> grid(String id, double lat, double lon) {
        return feature(
                geometry("Polygon", List.of(ring(lat, lon, 0.001))),
                "id",
                id,
                "kind",
                "grid",
                "name",
                "grid " + id,
                "district",
                "330402",
                "code",
                "330402001002" + id.substring(1));
    }

    private static Map<String, Object> validCollection() {
        return collection(
                grid("g01", 30.75, 120.75),
                grid("g02", 30.75, 120.751),
                feature(
                        null,
                        "id",
                        "a1",
                        "kind",
                        "area",
                        "name",
                        "area",
                        "district",
                        330402,
                        "grids",
                        List.of("g01", "g02", "k9")),
                feature(
                        geometry("Point", List.of(120.76, 30.76)),
                        "id",
                        "p1",
                        "kind",
                        "post",
                        "name",
                        "gate",
                        "district",
                        "330402",
                        "radius",
                        25,
                        "colour",
                        "red"),
                feature(
                        geometry("LineString", List.of(List.of(120.75, 30.75), List.of(120.76, 30.75))),
                        "id",
                        "r1",
                        "kind",
                        "route",
                        "name",
                        "road",
                        "district",
                        "330402",
                        "width",
                        30,
                        "checkpoints",
                        List.of(Map.of("id", "c1", "lon", 120.755, "lat", 30.75, "radius", 15))));
    }

    private static Optional<GridZone> knownGrid(String id) {
        return id.equals("k9")
                ? Optional.of(GridZone.of(
                        "k9",
                        "known",
                        "330402",
                        "33040200100299",
                        ZoneValidationTest.box(30.749, 120.75, 0.001, 0.001)))
                : Optional.empty();
    }

    @Test
    void importsAllFourKindsWithAreasFromImportedAndKnownGrids() {
        List<ZoneFeature> read =
                new ZoneFeatureReader(ZoneFeatureReaderTest::knownGrid, Crs.WGS84).read(validCollection());
        assertEquals(
                List.of("g01", "g02", "a1", "p1", "r1"),
                read.stream().map(f -> f.zone().id()).toList());
        AreaZone area = (AreaZone) read.get(2).zone();
        assertEquals(List.of("g01", "g02", "k9"), area.gridIds());
        assertEquals("330402", area.district());
        PostZone post = (PostZone) read.get(3).zone();
        assertEquals(25, post.radiusMeters());
        assertEquals(Map.of("colour", "red"), read.get(3).attributes());
        RouteZone route = (RouteZone) read.get(4).zone();
        assertEquals(List.of(new Checkpoint("c1", 30.75, 120.755, 15)), route.checkpoints());
        assertEquals(30, route.widthMeters());
    }

    @Test
    void writerOutputReadsBackToTheSameZones() {
        var reader = new ZoneFeatureReader(ZoneFeatureReaderTest::knownGrid, Crs.WGS84);
        List<Zone> zones = reader.readZones(validCollection());
        List<Zone> again = reader.readZones(ZoneFeatureWriter.featureCollection(zones));
        assertEquals(zones.size(), again.size());
        for (int i = 0; i < zones.size(); i++) {
            Zone a = zones.get(i);
            Zone b = again.get(i);
            assertEquals(a.id() + a.kind() + a.name() + a.district(), b.id() + b.kind() + b.name() + b.district());
            assertTrue(
                    a.footprint().equalsExact(b.footprint(), 1e-12)
                            || a.footprint().equalsTopo(b.footprint()),
                    a.id());
        }
        Map<String, Object> post = ZoneFeatureWriter.feature(
                new ZoneFeature(zones.get(3), Map.of("colour", "red")), ZoneFeatureWriter.Shape.FOOTPRINT);
        assertEquals("Polygon", ((Map<?, ?>) post.get("geometry")).get("type"));
        assertEquals("red", ((Map<?, ?>) post.get("properties")).get("colour"));
    }

    @Test
    void gcj02InputIsConvertedToWgs84() {
        var f = feature(
                geometry("Point", List.of(120.76, 30.76)),
                "id",
                "p1",
                "kind",
                "post",
                "name",
                "gate",
                "district",
                "330402",
                "radius",
                25);
        PostZone post = (PostZone) new ZoneFeatureReader(id -> Optional.empty(), Crs.GCJ02)
                .readZones(f)
                .get(0);
        double[] wgs = Gcj02.toWgs84(30.76, 120.76);
        assertEquals(wgs[0], post.centerLat(), 1e-12);
        assertEquals(wgs[1], post.centerLon(), 1e-12);
        assertTrue(Geo.meters(30.76, 120.76, post.centerLat(), post.centerLon()) > 300, "moved by the GCJ-02 offset");
    }

    @Test
    void collectsEveryInvalidFeatureWithItsIdOrIndex() {
        List<Object> bad = new ArrayList<>();
        bad.add(feature(
                geometry("Polygon", List.of(ring(30.75, 120.75, 0.001))),
                "kind",
                "grid",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry("Polygon", List.of(ring(30.75, 120.75, 0.001))),
                "id",
                "k1",
                "kind",
                "zone",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(grid("g01", 30.75, 120.75));
        ((Map<String, Object>) ((Map<String, Object>) bad.get(2)).get("properties")).put("district", "330411");
        bad.add(feature(
                geometry(
                        "Polygon",
                        List.of(List.of(
                                List.of(120.75, 30.75),
                                List.of(120.76, 30.75),
                                List.of(120.76, 30.76),
                                List.of(120.75, 30.76)))),
                "id",
                "u1",
                "kind",
                "area",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry(
                        "Polygon",
                        List.of(List.of(List.of(120.75, 30.75), List.of(120.76, 30.75), List.of(120.75, 30.75)))),
                "id",
                "f1",
                "kind",
                "area",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry(
                        "Polygon",
                        List.of(List.of(
                                List.of(120.75, 30.75),
                                List.of(120.76, 30.76),
                                List.of(120.76, 30.75),
                                List.of(120.75, 30.76),
                                List.of(120.75, 30.75)))),
                "id",
                "s1",
                "kind",
                "area",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry("Point", List.of(120.75, 95.0)),
                "id",
                "o1",
                "kind",
                "post",
                "name",
                "x",
                "district",
                "330402",
                "radius",
                5));
        bad.add(feature(null, "id", "a1", "kind", "area", "name", "x", "district", "330402", "grids", List.of("nope")));
        bad.add(feature(
                geometry("Point", List.of(120.75, 30.75)),
                "id",
                "p1",
                "kind",
                "post",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry("LineString", List.of(List.of(120.75, 30.75), List.of(120.76, 30.75))),
                "id",
                "r1",
                "kind",
                "route",
                "name",
                "x",
                "district",
                "330402"));
        bad.add(feature(
                geometry("Point", List.of(120.75, 30.75)),
                "id",
                "g2",
                "kind",
                "grid",
                "name",
                "x",
                "district",
                "330402",
                "code",
                "33040200100202"));
        bad.add(feature(
                geometry("Point", List.of(120.75, 30.75)),
                "id",
                "p1",
                "kind",
                "post",
                "name",
                "x",
                "district",
                "330402",
                "radius",
                5));
        bad.add(feature(null, "id", "e1", "kind", "area", "name", "x", "district", "330402"));
        bad.add(feature(
                geometry("Point", List.of(120.75, 30.75)),
                "id",
                "n1",
                "kind",
                "post",
                "district",
                "330402",
                "radius",
                5));

        var e = assertThrows(ZoneImportException.class, () -> new ZoneFeatureReader().read(collection(bad.toArray())));
        assertEquals(
                List.of(
                        "feature #0: missing property id",
                        "feature k1: unknown kind zone (grid|area|post|route)",
                        "feature g01: grid code 33040200100201 starts with district 330402, not 330411",
                        "feature u1: polygon shell is not closed (first and last positions differ)",
                        "feature f1: polygon shell has 3 positions, needs at least 4",
                        "feature s1: invalid geometry: self-intersection at lon 120.7550000, lat 30.7550000",
                        "feature o1: point latitude 95.0 out of range [-90, 90]",
                        "feature p1: post Point needs a radius in metres",
                        "feature r1: route needs a width in metres",
                        "feature g2: grid geometry must be a Polygon or MultiPolygon, got Point",
                        "feature p1: duplicate id p1 in this import",
                        "feature e1: missing geometry",
                        "feature n1: missing property name",
                        "feature a1: area references unknown grid nope"),
                e.errors());
        assertTrue(e.getMessage().startsWith("14 invalid features: feature #0: missing property id; "));
    }

    @Test
    void refusesInputThatIsNotAFeatureOrCollection() {
        var e = assertThrows(ZoneImportException.class, () -> new ZoneFeatureReader().read(List.of(1, 2)));
        assertEquals(List.of("input: expected a GeoJSON Feature or FeatureCollection"), e.errors());
    }
}
