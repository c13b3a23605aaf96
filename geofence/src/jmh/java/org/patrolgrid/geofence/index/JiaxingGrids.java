package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;

/**
 * About 10,000 unit grids of roughly 100 m x 100 m tiling Jiaxing's built-up area (lat 30.70-30.80, lon
 * 120.70-120.82). Lattice corners are jittered by up to ±15 m and shared by neighbours, and every side has a jittered
 * middle vertex, so the grids are slightly irregular 8-gons that still tile without gaps, like real 单元网格.
 */
final class JiaxingGrids {
    static final double MIN_LAT = 30.70;
    static final double MAX_LAT = 30.80;
    static final double MIN_LON = 120.70;
    static final double MAX_LON = 120.82;

    private JiaxingGrids() {}

    static List<Zone> generate(int rows, int cols, long seed) {
        Random random = new Random(seed);
        double stepLat = (MAX_LAT - MIN_LAT) / rows;
        double stepLon = (MAX_LON - MIN_LON) / cols;
        double[][] lat = new double[rows + 1][cols + 1];
        double[][] lon = new double[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                boolean border = r == 0 || c == 0 || r == rows || c == cols;
                double j = border ? 0 : 0.3;
                lat[r][c] = MIN_LAT + (r + j * (random.nextDouble() - 0.5)) * stepLat;
                lon[r][c] = MIN_LON + (c + j * (random.nextDouble() - 0.5)) * stepLon;
            }
        }
        double[][][] midH = middles(random, lat, lon, rows + 1, cols, 0, 1, stepLat, stepLon);
        double[][][] midV = middles(random, lat, lon, rows, cols + 1, 1, 0, stepLat, stepLon);
        List<Zone> grids = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Coordinate[] ring = {
                    Geo.coordinate(lat[r][c], lon[r][c]),
                    Geo.coordinate(midH[r][c][0], midH[r][c][1]),
                    Geo.coordinate(lat[r][c + 1], lon[r][c + 1]),
                    Geo.coordinate(midV[r][c + 1][0], midV[r][c + 1][1]),
                    Geo.coordinate(lat[r + 1][c + 1], lon[r + 1][c + 1]),
                    Geo.coordinate(midH[r + 1][c][0], midH[r + 1][c][1]),
                    Geo.coordinate(lat[r + 1][c], lon[r + 1][c]),
                    Geo.coordinate(midV[r][c][0], midV[r][c][1]),
                    Geo.coordinate(lat[r][c], lon[r][c])
                };
                String code = String.format("330402%03d%03d%03d", r, c, (r * cols + c) % 1000);
                grids.add(new GridZone(
                        "g" + r + "_" + c,
                        "grid " + code,
                        "330402",
                        new GridCode(code),
                        Geo.FACTORY.createPolygon(ring)));
            }
        }
        return grids;
    }

    /** The jittered middle vertex of each side from node (r, c) to node (r + dr, c + dc). */
    private static double[][][] middles(
            Random random, double[][] lat, double[][] lon, int n, int m, int dr, int dc, double sLat, double sLon) {
        double[][][] mid = new double[n][m][];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                boolean border = (dr == 0 && (r == 0 || r == n - 1)) || (dc == 0 && (c == 0 || c == m - 1));
                double j = border ? 0 : 0.1;
                mid[r][c] = new double[] {
                    (lat[r][c] + lat[r + dr][c + dc]) / 2 + j * (random.nextDouble() - 0.5) * sLat,
                    (lon[r][c] + lon[r + dr][c + dc]) / 2 + j * (random.nextDouble() - 0.5) * sLon
                };
            }
        }
        return mid;
    }

    /** Query points: 90% uniform over the grids, 10% in a 1 km band around them (mostly outside every grid). */
    static double[][] queries(int count, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[2][count];
        double marginLat = 0.009;
        double marginLon = 0.0105;
        for (int i = 0; i < count; i++) {
            boolean outside = random.nextInt(10) == 0;
            double lat;
            double lon;
            do {
                lat = MIN_LAT - marginLat + random.nextDouble() * (MAX_LAT - MIN_LAT + 2 * marginLat);
                lon = MIN_LON - marginLon + random.nextDouble() * (MAX_LON - MIN_LON + 2 * marginLon);
            } while (outside == inBox(lat, lon));
            points[0][i] = lat;
            points[1][i] = lon;
        }
        return points;
    }

    private static boolean inBox(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
}
