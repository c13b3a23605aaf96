package org.patrolgrid.geofence.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.patrolgrid.geofence.coverage.AreaCoverage;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.geo.LocalProjection;
import org.patrolgrid.geofence.route.RouteLine;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * Everything the processor precomputes for one zone, in the zone's own metric plane: the prepared footprint with a
 * boundary-distance index, and the coverage (grid, area) or route line (route). Immutable; build once per zone version
 * and share it between all shifts on the zone.
 */
public final class ZoneGeometry {
    private final Zone zone;
    private final LocalProjection plane;
    private final Envelope envelope;
    private final PreparedGeometry footprint;
    private final IndexedFacetDistance boundary;
    private final AreaCoverage coverage;
    private final RouteLine route;

    private ZoneGeometry(Zone zone, Function<String, Zone> grids, CellIndexer cells) {
        this.zone = zone;
        this.plane = LocalProjection.around(zone.footprint());
        Geometry metric = plane.toMeters(zone.footprint());
        this.envelope = metric.getEnvelopeInternal();
        this.footprint = PreparedGeometryFactory.prepare(metric);
        this.boundary = new IndexedFacetDistance(metric.getBoundary());
        this.coverage = coverageOf(zone, plane, grids, cells);
        this.route = zone instanceof RouteZone r ? new RouteLine(plane, r) : null;
    }

    /**
     * @param grids resolves the unit-grid ids of an area zone; an id it does not know is skipped
     */
    public static ZoneGeometry of(Zone zone, Function<String, Zone> grids, CellIndexer cells) {
        return new ZoneGeometry(zone, grids, cells);
    }

    private static AreaCoverage coverageOf(
            Zone zone, LocalProjection plane, Function<String, Zone> grids, CellIndexer cells) {
        if (zone instanceof GridZone grid) {
            return new AreaCoverage(plane, grid.footprint(), List.of(grid), cells);
        }
        if (zone instanceof AreaZone area) {
            return new AreaCoverage(plane, area.footprint(), gridsOf(area, grids), cells);
        }
        return null;
    }

    private static List<GridZone> gridsOf(AreaZone area, Function<String, Zone> grids) {
        List<GridZone> found = new ArrayList<>();
        for (String id : area.gridIds()) {
            if (grids.apply(id) instanceof GridZone grid) {
                found.add(grid);
            }
        }
        return found;
    }

    /** Distance in metres from the point to the footprint, 0 when inside (edges included). Exact for a circle. */
    public double distance(double lat, double lon, double x, double y) {
        if (zone instanceof PostZone post && post.isCircle()) {
            return Math.max(0, Geo.meters(lat, lon, post.centerLat(), post.centerLon()) - post.radiusMeters());
        }
        Point p = Geo.FACTORY.createPoint(new Coordinate(x, y));
        if (envelope.covers(x, y) && footprint.covers(p)) {
            return 0;
        }
        return boundary.distance(p);
    }

    public Zone zone() {
        return zone;
    }

    public LocalProjection plane() {
        return plane;
    }

    /** The coverage of a grid or area zone, or null. */
    public AreaCoverage coverage() {
        return coverage;
    }

    /** The line of a route zone, or null. */
    public RouteLine route() {
        return route;
    }
}
