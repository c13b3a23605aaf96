package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.index.ZoneIndex.ZoneDistance;

/** Shared steps of {@link ZoneIndex#within}: the search box around a point, and ranking candidates by distance. */
final class ZoneDistances {
    private static final Comparator<ZoneDistance> NEAREST_FIRST = Comparator.comparingDouble(ZoneDistance::meters)
            .thenComparing(d -> d.zone().id());

    private ZoneDistances() {}

    /** A box in degrees that holds every point within {@code meters} of (lat, lon), with a 2% margin. */
    static Envelope searchBox(double lat, double lon, double meters) {
        double dLat = meters * 1.02 / Geo.metersPerDegreeLat() + 1e-9;
        double cosLat = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat)));
        double dLon = meters * 1.02 / (Geo.metersPerDegreeLat() * cosLat) + 1e-9;
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }

    /** The candidates within {@code meters}, nearest first (ties by zone id). */
    static List<ZoneDistance> rank(Iterable<ZoneShape> candidates, double lat, double lon, double meters) {
        List<ZoneDistance> found = new ArrayList<>();
        for (ZoneShape shape : candidates) {
            double d = shape.meters(lat, lon);
            if (d <= meters) {
                found.add(new ZoneDistance(shape.zone, d));
            }
        }
        found.sort(NEAREST_FIRST);
        return found;
    }

    static boolean validQuery(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
