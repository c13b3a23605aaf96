package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.Checkpoint;
import org.patrolgrid.geofence.zone.RouteZone;

/**
 * Lays patrol routes (巡查线路) along grid edges: a self-avoiding walk over lattice nodes that are surrounded by whole
 * grids of one district, mostly straight on, 1.5–4 km long, not reusing another route's nodes. Each route has a
 * corridor 30–60 m wide and 3–6 checkpoints (必到点) spread along it.
 */
public final class RoutePlanner {
    static final int MIN_STEPS = 15;
    static final int MAX_STEPS = 40;
    private static final int[][] STEPS = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    private static final int ATTEMPTS = 50;
    private static final double CHECKPOINT_RADIUS = 25;

    private final GridLattice lattice;
    private final GridNeighbours grids;
    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    public RoutePlanner(GridLattice lattice, GridNeighbours grids, SplittableRandom random) {
        this.lattice = lattice;
        this.grids = grids;
        this.random = random;
    }

    /** Up to {@code count} routes in {@code district}, numbered from 1. */
    public List<RouteZone> plan(String district, int count) {
        List<int[]> starts = walkableNodes(district);
        List<RouteZone> routes = new ArrayList<>();
        for (int attempt = 0; attempt < count * ATTEMPTS && routes.size() < count && !starts.isEmpty(); attempt++) {
            int[] start = starts.get(random.nextInt(starts.size()));
            List<int[]> walk = walk(district, start, MIN_STEPS + random.nextInt(MAX_STEPS - MIN_STEPS + 1));
            if (walk.size() > MIN_STEPS) {
                walk.forEach(node -> used.add(node[0] + ":" + node[1]));
                routes.add(route(district, routes.size() + 1, walk));
            }
        }
        return List.copyOf(routes);
    }

    private List<int[]> walkableNodes(String district) {
        List<int[]> nodes = new ArrayList<>();
        for (int row = 1; row < lattice.rows(); row++) {
            for (int col = 1; col < lattice.cols(); col++) {
                if (walkable(district, row, col)) {
                    nodes.add(new int[] {row, col});
                }
            }
        }
        return nodes;
    }

    /** A node is walkable when the four cells around it are whole grids of the district. */
    private boolean walkable(String district, int row, int col) {
        for (int dr = -1; dr <= 0; dr++) {
            for (int dc = -1; dc <= 0; dc++) {
                PlannedGrid grid = grids.at(district, row + dr, col + dc);
                if (grid == null || !grid.cell().whole()) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<int[]> walk(String district, int[] start, int steps) {
        List<int[]> walk = new ArrayList<>(List.of(start));
        Set<String> visited = new HashSet<>(List.of(start[0] + ":" + start[1]));
        if (used.contains(start[0] + ":" + start[1])) {
            return walk;
        }
        int heading = random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            int[] at = walk.get(walk.size() - 1);
            int[] next = null;
            for (int turn : turnOrder()) {
                int h = (heading + turn + 4) % 4;
                int[] candidate = {at[0] + STEPS[h][0], at[1] + STEPS[h][1]};
                String key = candidate[0] + ":" + candidate[1];
                if (!visited.contains(key) && !used.contains(key) && walkable(district, candidate[0], candidate[1])) {
                    next = candidate;
                    heading = h;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            visited.add(next[0] + ":" + next[1]);
            walk.add(next);
        }
        return walk;
    }

    /** Straight on most of the time, otherwise a left or right turn first. */
    private int[] turnOrder() {
        if (random.nextDouble() < 0.7) {
            return random.nextBoolean() ? new int[] {0, 1, -1} : new int[] {0, -1, 1};
        }
        return random.nextBoolean() ? new int[] {1, 0, -1} : new int[] {-1, 0, 1};
    }

    private RouteZone route(String district, int number, List<int[]> walk) {
        List<Coordinate> corners = new ArrayList<>();
        for (int i = 0; i < walk.size(); i++) {
            boolean straight = i > 0 && i < walk.size() - 1 && collinear(walk.get(i - 1), walk.get(i), walk.get(i + 1));
            if (!straight) {
                corners.add(lattice.node(walk.get(i)[0], walk.get(i)[1]));
            }
        }
        LineString line = Geo.FACTORY.createLineString(corners.toArray(Coordinate[]::new));
        String id = String.format("route-%s-%03d", district, number);
        int checkpoints = 3 + random.nextInt(4);
        List<Checkpoint> points = new ArrayList<>();
        for (int i = 0; i < checkpoints; i++) {
            int[] node = walk.get((int) Math.round(i * (walk.size() - 1) / (double) (checkpoints - 1)));
            points.add(new Checkpoint(
                    id + "-cp" + (i + 1), lattice.lat(node[0]), lattice.lon(node[1]), CHECKPOINT_RADIUS));
        }
        double width = 30 + 10 * random.nextInt(4);
        Township street = grids.at(district, walk.get(0)[0], walk.get(0)[1]).street();
        String name = street.name() + "巡查线路" + String.format("%02d", number);
        return new RouteZone(id, name, district, line, width, points, Footprints.corridor(line, width));
    }

    private static boolean collinear(int[] a, int[] b, int[] c) {
        return (b[0] - a[0]) == (c[0] - b[0]) && (b[1] - a[1]) == (c[1] - b[1]);
    }
}
