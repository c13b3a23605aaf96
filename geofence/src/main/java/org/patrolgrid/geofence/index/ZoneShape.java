package org.patrolgrid.geofence.index;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * One zone as the indexes see it: its exact membership test and its distance in metres. Immutable and thread-safe.
 *
 * <p>Membership of a point is JTS {@code covers}: for a point, {@code PreparedPolygon.covers} is "the envelope holds
 * it and its {@link IndexedPointInAreaLocator} does not say EXTERIOR". {@link #covers} calls that same locator
 * directly, built eagerly, which skips the Point allocation and the monitor {@code PreparedPolygon.getPointLocator()}
 * takes on every call (a contention point when many threads check the same zone). Footprints of at most {@value
 * #SMALL_FOOTPRINT} vertices (unit grids) use JTS's plain {@link SimplePointInAreaLocator} instead: the same
 * ray-crossing algorithm without the interval index, faster at that size. {@link #coversPrepared} is the textbook
 * prepared call, kept for the STRtree baseline. A circular post uses the distance to its centre instead.
 */
final class ZoneShape {
    /** Up to this many vertices a plain ray-crossing scan beats the interval index of the indexed locator. */
    private static final int SMALL_FOOTPRINT = 40;

    final Zone zone;
    /** Position of the zone in the list the index was built from; results keep that order. */
    final int ordinal;

    private final PreparedGeometry prepared;
    /** The indexed locator for large footprints; null for small ones, which a plain scan decides faster. */
    private final IndexedPointInAreaLocator locator;

    private final Envelope envelope;
    private final PostZone circle;

    ZoneShape(Zone zone, int ordinal) {
        this.zone = zone;
        this.ordinal = ordinal;
        this.prepared = PreparedGeometryFactory.prepare(zone.footprint());
        this.envelope = zone.footprint().getEnvelopeInternal();
        if (zone.footprint().getNumPoints() > SMALL_FOOTPRINT) {
            this.locator = new IndexedPointInAreaLocator(zone.footprint());
            locator.locate(Geo.coordinate(envelope.getMinY(), envelope.getMinX())); // builds its index now
        } else {
            this.locator = null;
        }
        this.circle = zone instanceof PostZone post && post.isCircle() ? post : null;
    }

    /** True when the zone must always be checked exactly (a circle, whose footprint only encloses it). */
    boolean alwaysExact() {
        return circle != null;
    }

    Envelope envelope() {
        return envelope;
    }

    /** Exact membership: JTS covers through the zone's indexed point locator (or the circle's distance). */
    boolean covers(double lat, double lon) {
        if (circle != null) {
            return circleCovers(circle, lat, lon);
        }
        if (!envelope.covers(lon, lat)) {
            return false;
        }
        Coordinate c = Geo.coordinate(lat, lon);
        int where = locator != null ? locator.locate(c) : SimplePointInAreaLocator.locate(c, zone.footprint());
        return where != Location.EXTERIOR;
    }

    /** The same membership through {@code PreparedGeometry.covers}; {@code point} is the same place as a JTS point. */
    boolean coversPrepared(double lat, double lon, Point point) {
        if (circle != null) {
            return circleCovers(circle, lat, lon);
        }
        return prepared.covers(point);
    }

    /** The same membership with plain, unprepared JTS: the brute-force reference. */
    static boolean coversUnprepared(Zone zone, double lat, double lon, Point point) {
        if (zone instanceof PostZone post && post.isCircle()) {
            return circleCovers(post, lat, lon);
        }
        return zone.footprint().covers(point);
    }

    /** Distance in metres from the point to the zone (0 inside), in a local projection around the point. */
    double meters(double lat, double lon) {
        if (circle != null) {
            return Math.max(0, Geo.meters(lat, lon, circle.centerLat(), circle.centerLon()) - circle.radiusMeters());
        }
        return covers(lat, lon) ? 0 : BoundaryDistance.meters(zone.footprint(), lat, lon);
    }

    private static boolean circleCovers(PostZone post, double lat, double lon) {
        return Geo.meters(lat, lon, post.centerLat(), post.centerLon()) <= post.radiusMeters();
    }
}
