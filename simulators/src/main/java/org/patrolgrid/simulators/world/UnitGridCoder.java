package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.patrolgrid.geofence.zone.GridCode;
import org.patrolgrid.geofence.zone.GridZone;

/**
 * Gives every cell a unit-grid code: district adcode + 3-digit street + 3-digit community + 2-digit sequence (3 digits
 * in a community of more than 99 grids). Streets are the district's urban streets (街道), assigned by position;
 * communities are neighbourhoods of about {@link #GRIDS_PER_COMMUNITY} grids within a street. Numbering runs from
 * north-west to south-east.
 */
public final class UnitGridCoder {
    static final int GRIDS_PER_COMMUNITY = 60;
    private static final Comparator<List<LatticeCell>> BY_FIRST_CELL =
            (a, b) -> LatticeCell.readingOrder(a.get(0), b.get(0));

    private UnitGridCoder() {}

    public static List<PlannedGrid> code(List<LatticeCell> cells, List<Township> townships, SplittableRandom random) {
        TreeMap<String, List<LatticeCell>> byDistrict = new TreeMap<>();
        for (LatticeCell cell : cells) {
            byDistrict.computeIfAbsent(cell.district(), d -> new ArrayList<>()).add(cell);
        }
        List<PlannedGrid> grids = new ArrayList<>();
        byDistrict.forEach((district, districtCells) -> {
            List<Township> streets = Townships.urbanStreets(townships, district);
            if (streets.isEmpty()) {
                throw new IllegalStateException("no urban streets listed for district " + district);
            }
            List<LatticeCell> ordered = sorted(districtCells);
            List<List<LatticeCell>> parts =
                    nonEmptyInReadingOrder(NeighbourhoodPartition.split(ordered, streets.size(), random));
            for (int i = 0; i < parts.size(); i++) {
                codeStreet(parts.get(i), streets.get(i), random, grids);
            }
        });
        return List.copyOf(grids);
    }

    private static void codeStreet(
            List<LatticeCell> cells, Township street, SplittableRandom random, List<PlannedGrid> out) {
        int k = Math.max(1, (int) Math.round(cells.size() / (double) GRIDS_PER_COMMUNITY));
        List<List<LatticeCell>> communities = nonEmptyInReadingOrder(NeighbourhoodPartition.split(cells, k, random));
        for (int c = 0; c < communities.size(); c++) {
            List<LatticeCell> community = sorted(communities.get(c));
            String communityCode = String.format("%03d", c + 1);
            String sequenceFormat = community.size() > 99 ? "%03d" : "%02d";
            for (int s = 0; s < community.size(); s++) {
                LatticeCell cell = community.get(s);
                String sequence = String.format(sequenceFormat, s + 1);
                GridCode code = new GridCode(street.code() + communityCode + sequence);
                String name = street.name() + communityCode + "社区" + sequence + "号网格";
                out.add(new PlannedGrid(
                        cell, street, new GridZone("grid-" + code, name, cell.district(), code, cell.polygon())));
            }
        }
    }

    private static List<LatticeCell> sorted(List<LatticeCell> cells) {
        List<LatticeCell> copy = new ArrayList<>(cells);
        copy.sort(LatticeCell::readingOrder);
        return copy;
    }

    private static List<List<LatticeCell>> nonEmptyInReadingOrder(List<List<LatticeCell>> groups) {
        List<List<LatticeCell>> kept = new ArrayList<>();
        for (List<LatticeCell> group : groups) {
            if (!group.isEmpty()) {
                kept.add(sorted(group));
            }
        }
        kept.sort(BY_FIRST_CELL);
        return kept;
    }
}
