package org.patrolgrid.geofence.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;
import org.patrolgrid.geofence.zone.Zone;

/** Test zones in 南湖区, placed in metres east (x) and north (y) of an origin. */
public final class World {
    public static final double LAT0 = 30.7500;
    public static final double LON0 = 120.7600;
    private static final double M_LAT = Geo.metersPerDegreeLat();
    private static final double M_LON = Geo.metersPerDegreeLon(LAT0);

    private World() {}

    public static double lat(double y) {
        return LAT0 + y / M_LAT;
    }

    public static double lon(double x) {
        return LON0 + x / M_LON;
    }

    public static Polygon rect(double x0, double y0, double x1, double y1) {
        Coordinate[] ring = {
            Geo.coordinate(lat(y0), lon(x0)),
            Geo.coordinate(lat(y0), lon(x1)),
            Geo.coordinate(lat(y1), lon(x1)),
            Geo.coordinate(lat(y1), lon(x0)),
            Geo.coordinate(lat(y0), lon(x0))
        };
        return Geo.FACTORY.createPolygon(ring);
    }

    /** {@code cols} x {@code rows} unit grids of {@code size} metres from the origin. */
    public static List<GridZone> grids(int cols, int rows, double size) {
        List<GridZone> grids = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int n = r * cols + c + 1;
                grids.add(new GridZone(
                        "g" + n,
                        "grid " + n,
                        "330402",
                        new GridCode(String.format("330402001001%03d", n)),
                        rect(c * size, r * size, (c + 1) * size, (r + 1) * size)));
            }
        }
        return grids;
    }

    public static AreaZone area(String id, List<GridZone> grids) {
        Geometry union =
                UnaryUnionOp.union(grids.stream().map(GridZone::footprint).toList());
        return new AreaZone(
                id, "area " + id, "330402", grids.stream().map(GridZone::id).toList(), union);
    }

    public static PostZone post(String id, double x, double y, double radius) {
        Geometry circle = Geo.point(lat(y), lon(x)).buffer(radius * 1.02 / M_LON, 32);
        return new PostZone(id, "post " + id, "330402", lat(y), lon(x), radius, circle);
    }

    /** A route along the given metric points, with the corridor built in metres. */
    public static RouteZone route(String id, double width, List<Checkpoint> checkpoints, double... xy) {
        Coordinate[] line = new Coordinate[xy.length / 2];
        Coordinate[] metric = new Coordinate[xy.length / 2];
        for (int k = 0; k < line.length; k++) {
            line[k] = Geo.coordinate(lat(xy[2 * k + 1]), lon(xy[2 * k]));
            metric[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        Geometry corridor = Geo.FACTORY.createLineString(metric).buffer(width / 2, 16);
        Coordinate[] ring = corridor.getCoordinates();
        Coordinate[] wgs = new Coordinate[ring.length];
        for (int k = 0; k < ring.length; k++) {
            wgs[k] = Geo.coordinate(lat(ring[k].y), lon(ring[k].x));
        }
        LineString ls = Geo.FACTORY.createLineString(line);
        return new RouteZone(id, "route " + id, "330402", ls, width, checkpoints, Geo.FACTORY.createPolygon(wgs));
    }

    public static Checkpoint checkpoint(String id, double x, double y, double radius) {
        return new Checkpoint(id, lat(y), lon(x), radius);
    }

    public static ZoneGeometries geometries(List<GridZone> grids) {
        Map<String, Zone> byId = grids.stream().collect(Collectors.toMap(Zone::id, g -> g));
        return new ZoneGeometries((Function<String, Zone>) byId::get, CellIndexer.h3());
    }
}
