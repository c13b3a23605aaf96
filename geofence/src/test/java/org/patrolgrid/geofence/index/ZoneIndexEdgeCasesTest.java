package org.patrolgrid.geofence.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.Zone;

class ZoneIndexEdgeCasesTest {
    @Test
    void emptyIndexFindsNothing() {
        ZoneIndex index = ZoneIndex.of(List.of());
        assertEquals(0, index.size());
        assertTrue(index.containing(30.75, 120.75).isEmpty());
        assertTrue(index.within(30.75, 120.75, 1000).isEmpty());
    }

    @Test
    void nonFiniteOrOutOfRangeQueriesFindNothing() {
        ZoneIndex index = ZoneIndex.of(List.of(PostZone.circle("p", "p", "330402", 30.75, 120.75, 50)));
        assertTrue(index.containing(Double.NaN, 120.75).isEmpty());
        assertTrue(index.containing(30.75, Double.POSITIVE_INFINITY).isEmpty());
        assertTrue(index.containing(91, 120.75).isEmpty());
        assertTrue(index.within(30.75, 120.75, Double.NaN).isEmpty());
    }

    @Test
    void circlePostUsesTheExactDistanceNotItsEnclosingPolygon() {
        Zone post = PostZone.circle("p", "p", "330402", 30.75, 120.75, 50);
        ZoneIndex index = ZoneIndex.of(List.of(post));
        double east49 = 120.75 + 49.9 / Geo.metersPerDegreeLon(30.75);
        double east50 = 120.75 + 50.1 / Geo.metersPerDegreeLon(30.75);
        assertEquals(List.of(post), index.containing(30.75, east49));
        assertTrue(post.footprint().covers(Geo.point(30.75, east50)), "the enclosing polygon reaches past 50 m");
        assertTrue(index.containing(30.75, east50).isEmpty(), "but the post does not");
    }

    @Test
    void preparedZoneAnswersLikeTheIndex() {
        Zone post = PostZone.circle("p", "p", "330402", 30.75, 120.75, 50);
        PreparedZone prepared = PreparedZone.of(post);
        double east49 = 120.75 + 49.9 / Geo.metersPerDegreeLon(30.75);
        double east60 = 120.75 + 60 / Geo.metersPerDegreeLon(30.75);
        assertTrue(prepared.covers(30.75, east49));
        assertTrue(!prepared.covers(30.75, east60));
        assertEquals(10, prepared.meters(30.75, east60), 0.05);
        assertEquals(0, prepared.meters(30.75, east49));
    }

    @Test
    void hugeZonesAreCheckedExactlyOffTheLatticeAndKeepIndexOrder() {
        Zone small = PostZone.circle("small", "p", "330402", 30.75, 120.75, 50);
        Zone huge = org.patrolgrid.geofence.zone.AreaZone.ofPolygon(
                "huge", "h", "330402", Geo.FACTORY.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
                    Geo.coordinate(29.5, 119.5),
                    Geo.coordinate(29.5, 121.5),
                    Geo.coordinate(31.5, 121.5),
                    Geo.coordinate(31.5, 119.5),
                    Geo.coordinate(29.5, 119.5)
                }));
        Zone other = PostZone.circle("other", "p", "330402", 30.7501, 120.75, 50);
        CellZoneIndex index = new CellZoneIndex(List.of(small, huge, other));
        BruteForceZoneIndex brute = new BruteForceZoneIndex(List.of(small, huge, other));
        assertEquals(List.of(small, huge, other), index.containing(30.75, 120.75));
        assertEquals(List.of(huge), index.containing(31.2, 121.2));
        assertEquals(List.of(huge), index.containing(29.5, 119.5), "a corner counts");
        assertTrue(index.containing(29.4, 119.5).isEmpty());
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 2000; i++) {
            double lat = 29.4 + random.nextDouble() * 2.2;
            double lon = 119.4 + random.nextDouble() * 2.2;
            assertEquals(brute.containing(lat, lon), index.containing(lat, lon));
        }
    }

    @Test
    void duplicateZoneIdsAreRefused() {
        Zone a = PostZone.circle("p", "p", "330402", 30.75, 120.75, 50);
        Zone b = PostZone.circle("p", "q", "330402", 30.76, 120.75, 50);
        assertThrows(IllegalArgumentException.class, () -> ZoneIndex.of(List.of(a, b)));
    }
}
