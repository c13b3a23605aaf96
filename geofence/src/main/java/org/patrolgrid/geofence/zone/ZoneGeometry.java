package org.patrolgrid.geofence.zone;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The checks every zone passes at construction; each failure names the zone and the reason. */
public final class ZoneGeometry {
    private ZoneGeometry() {}

    /** Id, name and district are present; the district is a 6-digit adcode. */
    public static void requireIdentity(String id, String name, String district) {
        if (id == null || id.isBlank()) {
            throw new InvalidZoneException(String.valueOf(id), "missing id");
        }
        if (name == null) {
            throw new InvalidZoneException(id, "missing name");
        }
        if (district == null || !district.matches("\\d{6}")) {
            throw new InvalidZoneException(id, "district must be a 6-digit adcode, got " + district);
        }
    }

    /** A non-empty, valid Polygon or MultiPolygon with every coordinate in range (holes are fine). */
    public static void requireArea(String id, Geometry footprint) {
        if (footprint == null) {
            throw new InvalidZoneException(id, "missing geometry");
        }
        if (!(footprint instanceof Polygon || footprint instanceof MultiPolygon)) {
            throw new InvalidZoneException(
                    id, "footprint must be a Polygon or MultiPolygon, got " + footprint.getGeometryType());
        }
        if (footprint.isEmpty()) {
            throw new InvalidZoneException(id, "empty geometry");
        }
        requireCoordinates(id, footprint);
        TopologyValidationError error = new IsValidOp(footprint).getValidationError();
        if (error != null) {
            throw new InvalidZoneException(
                    id, "invalid geometry: " + error.getMessage().toLowerCase(Locale.ROOT) + at(error.getCoordinate()));
        }
    }

    /** A line with at least two distinct points, every coordinate in range. Self-crossing routes are allowed. */
    public static void requireLine(String id, LineString line) {
        if (line == null || line.isEmpty()) {
            throw new InvalidZoneException(id, "missing or empty route line");
        }
        requireCoordinates(id, line);
        if (line.getLength() == 0) {
            throw new InvalidZoneException(id, "route line needs at least 2 distinct points");
        }
    }

    /** A point with lat in [-90, 90] and lon in [-180, 180]; {@code what} names it in the error. */
    public static void requireLatLon(String id, String what, double lat, double lon) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidZoneException(id, what + " latitude " + lat + " out of range [-90, 90]");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidZoneException(id, what + " longitude " + lon + " out of range [-180, 180]");
        }
    }

    /** A finite length in metres greater than zero; {@code what} names it in the error. */
    public static void requirePositiveMeters(String id, String what, double meters) {
        if (!Double.isFinite(meters) || meters <= 0) {
            throw new InvalidZoneException(id, what + " must be a positive number of metres, got " + meters);
        }
    }

    private static void requireCoordinates(String id, Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            requireLatLon(id, "coordinate", c.y, c.x);
        }
    }

    private static String at(Coordinate c) {
        return c == null ? "" : String.format(Locale.ROOT, " at lon %.7f, lat %.7f", c.x, c.y);
    }
}
