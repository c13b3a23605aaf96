package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits cells into {@code k} compact neighbourhoods by position: {@code k} centres are spread out by farthest-point
 * sampling (the first drawn from the random source), moved a few times to the cell nearest their group's mean (Lloyd
 * steps), and each cell joins its nearest centre. Ties go to the lower index, so the result depends only on the input
 * order and the random source.
 */
public final class NeighbourhoodPartition {
    private static final int LLOYD_STEPS = 6;

    private NeighbourhoodPartition() {}

    /** Returns {@code k} groups (some possibly empty when there are fewer cells than k), each in input order. */
    public static List<List<LatticeCell>> split(List<LatticeCell> cells, int k, SplittableRandom random) {
        List<List<LatticeCell>> groups = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            groups.add(new ArrayList<>());
        }
        if (cells.isEmpty()) {
            return groups;
        }
        List<LatticeCell> centres = centres(cells, Math.min(k, cells.size()), random);
        for (int step = 0; step < LLOYD_STEPS; step++) {
            centres = recentred(assign(cells, centres), centres);
        }
        List<List<LatticeCell>> assigned = assign(cells, centres);
        for (int i = 0; i < assigned.size(); i++) {
            groups.set(i, assigned.get(i));
        }
        return groups;
    }

    private static List<List<LatticeCell>> assign(List<LatticeCell> cells, List<LatticeCell> centres) {
        List<List<LatticeCell>> groups = new ArrayList<>();
        centres.forEach(c -> groups.add(new ArrayList<>()));
        for (LatticeCell cell : cells) {
            groups.get(nearest(cell, centres)).add(cell);
        }
        return groups;
    }

    private static List<LatticeCell> recentred(List<List<LatticeCell>> groups, List<LatticeCell> centres) {
        List<LatticeCell> moved = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<LatticeCell> group = groups.get(i);
            if (group.isEmpty()) {
                moved.add(centres.get(i));
                continue;
            }
            double row = group.stream().mapToInt(LatticeCell::row).average().orElseThrow();
            double col = group.stream().mapToInt(LatticeCell::col).average().orElseThrow();
            LatticeCell best = group.get(0);
            for (LatticeCell cell : group) {
                if (offset(cell, row, col) < offset(best, row, col)) {
                    best = cell;
                }
            }
            moved.add(best);
        }
        return moved;
    }

    private static double offset(LatticeCell cell, double row, double col) {
        return (cell.row() - row) * (cell.row() - row) + (cell.col() - col) * (cell.col() - col);
    }

    private static List<LatticeCell> centres(List<LatticeCell> cells, int k, SplittableRandom random) {
        List<LatticeCell> centres = new ArrayList<>();
        centres.add(cells.get(random.nextInt(cells.size())));
        long[] distance = new long[cells.size()];
        Arrays.fill(distance, Long.MAX_VALUE);
        while (centres.size() < k) {
            LatticeCell latest = centres.get(centres.size() - 1);
            int farthest = 0;
            for (int i = 0; i < cells.size(); i++) {
                distance[i] = Math.min(distance[i], cells.get(i).distanceSquared(latest));
                if (distance[i] > distance[farthest]) {
                    farthest = i;
                }
            }
            centres.add(cells.get(farthest));
        }
        return centres;
    }

    private static int nearest(LatticeCell cell, List<LatticeCell> centres) {
        int best = 0;
        for (int i = 1; i < centres.size(); i++) {
            if (cell.distanceSquared(centres.get(i)) < cell.distanceSquared(centres.get(best))) {
                best = i;
            }
        }
        return best;
    }
}
