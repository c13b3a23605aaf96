package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.simulators.world.GridLattice;

/**
 * Tours of a patrol area over its whole (square) unit grids: a depth-first walk from grid to edge-adjacent grid that
 * crosses each grid diagonally through two quadrant centres (south-west, north-east) and steps back through the parent grid's centre. Every leg joins
 * two points of one grid or of two edge-adjacent grids, whose union is a rectangle, so the walk never leaves the area.
 * The second quadrant centre of each grid is marked with the grid id.
 */
public final class AreaTours {
    private static final int[][] STEPS = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
    private static final double[][] QUADRANTS = {{0.25, 0.25}, {0.75, 0.75}};

    private final GridLattice lattice;
    private final Map<String, GridZone> grids;

    public AreaTours(GridLattice lattice, Map<String, GridZone> grids) {
        this.lattice = lattice;
        this.grids = Map.copyOf(grids);
    }

    /** The whole tour of the area; empty when the area has no whole grid. */
    public List<Waypoint> tour(AreaZone area) {
        Map<String, GridZone> cells = wholeCells(area);
        String root = rootKey(cells);
        List<Waypoint> tour = new ArrayList<>();
        if (root != null) {
            visit(root, cells, new HashSet<>(), tour);
        }
        return tour;
    }

    /** A loop inside the area's first whole grid only (a skipped patrol). */
    public List<Waypoint> oneGrid(AreaZone area) {
        Map<String, GridZone> cells = wholeCells(area);
        String root = rootKey(cells);
        List<Waypoint> loop = new ArrayList<>();
        if (root != null) {
            loop(root, cells.get(root).id(), loop);
        }
        return loop;
    }

    /** Metres walked by one round of {@link #tour}. */
    public static double length(List<Waypoint> tour) {
        double meters = 0;
        for (int i = 0; i < tour.size(); i++) {
            Waypoint a = tour.get(i), b = tour.get((i + 1) % tour.size());
            meters += Geo.meters(a.lat(), a.lon(), b.lat(), b.lon());
        }
        return meters;
    }

    private void visit(String key, Map<String, GridZone> cells, Set<String> seen, List<Waypoint> tour) {
        seen.add(key);
        loop(key, cells.get(key).id(), tour);
        int[] rc = parse(key);
        for (int[] step : STEPS) {
            String next = (rc[0] + step[0]) + ":" + (rc[1] + step[1]);
            if (cells.containsKey(next) && !seen.contains(next)) {
                visit(next, cells, seen, tour);
                tour.add(point(rc[0], rc[1], 0.5, 0.5, null));
            }
        }
    }

    private void loop(String key, String gridId, List<Waypoint> tour) {
        int[] rc = parse(key);
        for (int q = 0; q < QUADRANTS.length; q++) {
            String mark = q == QUADRANTS.length - 1 ? gridId : null;
            tour.add(point(rc[0], rc[1], QUADRANTS[q][0], QUADRANTS[q][1], mark));
        }
    }

    private Waypoint point(int row, int col, double up, double right, String mark) {
        double lat = lattice.lat(row) + up * (lattice.lat(row + 1) - lattice.lat(row));
        double lon = lattice.lon(col) + right * (lattice.lon(col + 1) - lattice.lon(col));
        return new Waypoint(lat, lon, 0, mark);
    }

    /** The area's whole grids by "row:col". */
    private Map<String, GridZone> wholeCells(AreaZone area) {
        Map<String, GridZone> cells = new HashMap<>();
        double dLat = lattice.lat(1) - lattice.lat(0);
        double dLon = lattice.lon(1) - lattice.lon(0);
        for (String id : area.gridIds()) {
            GridZone grid = grids.get(id);
            if (grid == null || grid.footprint().getNumPoints() != 5) {
                continue;
            }
            Envelope env = grid.footprint().getEnvelopeInternal();
            int row = (int) Math.round((env.getMinY() - lattice.lat(0)) / dLat);
            int col = (int) Math.round((env.getMinX() - lattice.lon(0)) / dLon);
            double full = lattice.cell(row, col).getArea();
            if (Math.abs(grid.footprint().getArea() - full) < 1e-3 * full) {
                cells.put(row + ":" + col, grid);
            }
        }
        return cells;
    }

    private static String rootKey(Map<String, GridZone> cells) {
        String root = null;
        for (Map.Entry<String, GridZone> e : cells.entrySet()) {
            if (root == null || e.getValue().id().compareTo(cells.get(root).id()) < 0) {
                root = e.getKey();
            }
        }
        return root;
    }

    private static int[] parse(String key) {
        String[] parts = key.split(":");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
