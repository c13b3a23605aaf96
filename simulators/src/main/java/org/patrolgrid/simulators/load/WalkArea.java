package org.patrolgrid.simulators.load;

import java.util.SplittableRandom;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Where a {@link WalkingDevice} may walk: Jiaxing's urban core by default, or a circle around a centre (a device kept
 * inside the zone it is assigned to). A device never steps outside its area.
 */
public sealed interface WalkArea {
    /** The built-up core of Jiaxing, 30.74–30.79N, 120.72–120.80E. */
    WalkArea JIAXING_CORE = new Rectangle(30.74, 30.79, 120.72, 120.80);

    boolean contains(double lat, double lon);

    double centreLat();

    double centreLon();

    /** A start point drawn uniformly from the area. */
    double[] randomPoint(SplittableRandom random);

    /** A box in degrees. */
    record Rectangle(double south, double north, double west, double east) implements WalkArea {
        public Rectangle {
            if (!(south < north && west < east)) {
                throw new IllegalArgumentException("empty rectangle");
            }
        }

        @Override
        public boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }

        @Override
        public double centreLat() {
            return (south + north) / 2;
        }

        @Override
        public double centreLon() {
            return (west + east) / 2;
        }

        @Override
        public double[] randomPoint(SplittableRandom random) {
            return new double[] {
                south + random.nextDouble() * (north - south), west + random.nextDouble() * (east - west)
            };
        }
    }

    /** A circle of {@code radiusMeters} around ({@code lat}, {@code lon}). */
    record Circle(double lat, double lon, double radiusMeters) implements WalkArea {
        public Circle {
            if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
                throw new IllegalArgumentException("centre out of range: " + lat + "," + lon);
            }
            if (!(radiusMeters > 0 && radiusMeters < 100_000)) {
                throw new IllegalArgumentException("radius must be in (0, 100000) m, got " + radiusMeters);
            }
        }

        @Override
        public boolean contains(double pointLat, double pointLon) {
            double north = (pointLat - lat) * Geo.metersPerDegreeLat();
            double east = (pointLon - lon) * Geo.metersPerDegreeLon(lat);
            return Math.hypot(north, east) <= radiusMeters;
        }

        @Override
        public double centreLat() {
            return lat;
        }

        @Override
        public double centreLon() {
            return lon;
        }

        @Override
        public double[] randomPoint(SplittableRandom random) {
            double distance = radiusMeters * Math.sqrt(random.nextDouble());
            double bearing = random.nextDouble() * 2 * Math.PI;
            return new double[] {
                lat + distance * Math.cos(bearing) / Geo.metersPerDegreeLat(),
                lon + distance * Math.sin(bearing) / Geo.metersPerDegreeLon(lat)
            };
        }
    }
}
