package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.patrolgrid.geofence.zone.PostZone;

/**
 * Places fixed posts (定岗点): one in every second patrol area, on the lattice node (a street corner of the grid
 * pattern) nearest the area's middle whose four surrounding grids all belong to the area; radius 30–80 m.
 */
public final class PostPlanner {
    private final GridLattice lattice;
    private final SplittableRandom random;

    public PostPlanner(GridLattice lattice, SplittableRandom random) {
        this.lattice = lattice;
        this.random = random;
    }

    public List<PostZone> plan(List<PlannedArea> areas) {
        List<PostZone> posts = new ArrayList<>();
        Map<String, Integer> perDistrict = new HashMap<>();
        Map<String, Integer> perStreet = new HashMap<>();
        for (int i = 0; i < areas.size(); i += 2) {
            PlannedArea area = areas.get(i);
            int[] node = innerNode(area);
            if (node == null) {
                continue;
            }
            String district = area.zone().district();
            int number = perDistrict.merge(district, 1, Integer::sum);
            int inStreet = perStreet.merge(area.street().code(), 1, Integer::sum);
            double lat = lattice.lat(node[0]);
            double lon = lattice.lon(node[1]);
            double radius = 30 + random.nextInt(51);
            posts.add(new PostZone(
                    String.format("post-%s-%03d", district, number),
                    area.street().name() + "定岗点" + String.format("%02d", inStreet),
                    district,
                    lat,
                    lon,
                    radius,
                    Footprints.circle(lat, lon, radius)));
        }
        return List.copyOf(posts);
    }

    /** The lattice node nearest the area's mean cell whose four surrounding cells are whole grids of the area. */
    private static int[] innerNode(PlannedArea area) {
        Set<String> whole = new HashSet<>();
        double rowSum = 0;
        double colSum = 0;
        for (PlannedGrid grid : area.grids()) {
            rowSum += grid.cell().row() + 0.5;
            colSum += grid.cell().col() + 0.5;
            if (grid.cell().whole()) {
                whole.add(grid.cell().row() + ":" + grid.cell().col());
            }
        }
        double midRow = rowSum / area.grids().size();
        double midCol = colSum / area.grids().size();
        int[] best = null;
        double bestDistance = Double.MAX_VALUE;
        for (PlannedGrid grid : area.grids()) {
            int row = grid.cell().row();
            int col = grid.cell().col();
            boolean inner = whole.contains(row + ":" + col)
                    && whole.contains((row - 1) + ":" + col)
                    && whole.contains(row + ":" + (col - 1))
                    && whole.contains((row - 1) + ":" + (col - 1));
            double distance = (row - midRow) * (row - midRow) + (col - midCol) * (col - midCol);
            if (inner && distance < bestDistance) {
                best = new int[] {row, col};
                bestDistance = distance;
            }
        }
        return best;
    }
}
