package org.patrolgrid.simulators.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.simulators.staff.SimFix;
import org.patrolgrid.simulators.world.JiaxingWorld;

/** Plain JTS geometry for tests (deliberately not geofence's own projection): how far a point lies outside a zone, and which unit grids fixes fall in. */
final class ZoneProbe {
    private final Map<String, GridZone> grids = new HashMap<>();
    private final Map<String, Geometry> metric = new HashMap<>();
    private final Map<String, AffineTransformation> planes = new HashMap<>();

    ZoneProbe(JiaxingWorld world) {
        world.grids().forEach(g -> grids.put(g.id(), g));
    }

    /** Metres from the point to the zone, 0 inside. */
    double outside(Zone zone, double lat, double lon) {
        if (zone instanceof PostZone post && post.isCircle()) {
            return Math.max(0, Geo.meters(lat, lon, post.centerLat(), post.centerLon()) - post.radiusMeters());
        }
        AffineTransformation plane = planes.computeIfAbsent(zone.id(), id -> metric(zone.footprint()));
        Geometry shape = metric.computeIfAbsent(zone.id(), id -> plane.transform(zone.footprint()));
        return shape.distance(plane.transform(Geo.FACTORY.createPoint(new Coordinate(lon, lat))));
    }

    /** Metres east and north of the geometry's centre (equirectangular, exact to well under a metre here). */
    private static AffineTransformation metric(Geometry wgs84) {
        Coordinate centre = wgs84.getEnvelopeInternal().centre();
        return AffineTransformation.translationInstance(-centre.x, -centre.y)
                .scale(Geo.metersPerDegreeLon(centre.y), Geo.metersPerDegreeLat());
    }

    int gridsVisited(AreaZone area, List<SimFix> fixes) {
        Set<String> visited = new HashSet<>();
        for (String id : area.gridIds()) {
            GridZone grid = grids.get(id);
            for (SimFix f : fixes) {
                if (grid.footprint().covers(Geo.point(f.lat(), f.lon()))) {
                    visited.add(id);
                    break;
                }
            }
        }
        return visited.size();
    }

    double meters(SimFix a, SimFix b) {
        return Geo.meters(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
