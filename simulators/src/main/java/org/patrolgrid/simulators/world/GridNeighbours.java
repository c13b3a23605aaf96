package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a grid's edge neighbours on the lattice (north, east, south, west) within the same district. Two whole cells
 * next to each other share an edge; a cell clipped by the district outline is a neighbour only if it still shares a
 * stretch of edge (not just a corner) with the other.
 */
public final class GridNeighbours {
    private static final int[][] STEPS = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

    private final Map<String, PlannedGrid> byPosition = new HashMap<>();

    public GridNeighbours(List<PlannedGrid> grids) {
        for (PlannedGrid grid : grids) {
            byPosition.put(
                    key(grid.cell().district(), grid.cell().row(), grid.cell().col()), grid);
        }
    }

    /** The grid of {@code district} at lattice position (row, col), or null. */
    public PlannedGrid at(String district, int row, int col) {
        return byPosition.get(key(district, row, col));
    }

    /** Neighbours in the order north, east, south, west, starting at {@code firstStep} (0-3). */
    public List<PlannedGrid> of(PlannedGrid grid, int firstStep) {
        List<PlannedGrid> neighbours = new ArrayList<>(4);
        for (int i = 0; i < STEPS.length; i++) {
            int[] step = STEPS[(firstStep + i) % STEPS.length];
            PlannedGrid next = at(
                    grid.cell().district(),
                    grid.cell().row() + step[0],
                    grid.cell().col() + step[1]);
            if (next != null && shareAnEdge(grid, next)) {
                neighbours.add(next);
            }
        }
        return neighbours;
    }

    private static boolean shareAnEdge(PlannedGrid a, PlannedGrid b) {
        if (a.cell().whole() && b.cell().whole()) {
            return true;
        }
        return a.cell().polygon().intersection(b.cell().polygon()).getDimension() == 1;
    }

    private static String key(String district, int row, int col) {
        return district + ':' + row + ':' + col;
    }
}
