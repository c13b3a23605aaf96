package org.patrolgrid.simulators.world;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.AreaZone;

/**
 * Groups unit grids into patrol areas (责任网格) of {@link #MIN_GRIDS}–{@link #MAX_GRIDS} edge-contiguous grids within
 * one street: regions grow breadth-first from random seeds to a random target size; a region that stays too small
 * joins an adjacent area when that keeps it within the maximum, or is left without an area.
 */
public final class PatrolAreaPlanner {
    public static final int MIN_GRIDS = 20;
    public static final int MAX_GRIDS = 60;
    private static final int MIN_TARGET = 30;
    private static final int MAX_TARGET = 50;

    private final GridNeighbours neighbours;
    private final SplittableRandom random;

    public PatrolAreaPlanner(GridNeighbours neighbours, SplittableRandom random) {
        this.neighbours = neighbours;
        this.random = random;
    }

    /** The areas of all streets, numbered per district; each area's grids are listed in code order. */
    public List<PlannedArea> plan(List<PlannedGrid> grids) {
        TreeMap<String, List<PlannedGrid>> byStreet = new TreeMap<>();
        grids.forEach(g -> byStreet.computeIfAbsent(g.street().code(), s -> new ArrayList<>())
                .add(g));
        List<PlannedArea> areas = new ArrayList<>();
        Map<String, Integer> perDistrict = new HashMap<>();
        for (List<PlannedGrid> street : byStreet.values()) {
            List<List<PlannedGrid>> regions = regions(street);
            for (int i = 0; i < regions.size(); i++) {
                PlannedGrid first = regions.get(i).get(0);
                int number = perDistrict.merge(first.cell().district(), 1, Integer::sum);
                areas.add(area(regions.get(i), first.street(), number, i + 1));
            }
        }
        return List.copyOf(areas);
    }

    private List<List<PlannedGrid>> regions(List<PlannedGrid> street) {
        LinkedHashSet<String> free = new LinkedHashSet<>();
        street.forEach(g -> free.add(g.id()));
        List<PlannedGrid> seeds = new ArrayList<>(street);
        Collections.shuffle(seeds, new Random(random.nextLong()));
        List<List<PlannedGrid>> big = new ArrayList<>();
        List<List<PlannedGrid>> small = new ArrayList<>();
        for (PlannedGrid seed : seeds) {
            if (free.contains(seed.id())) {
                List<PlannedGrid> region = grow(seed, MIN_TARGET + random.nextInt(MAX_TARGET - MIN_TARGET + 1), free);
                (region.size() >= MIN_GRIDS ? big : small).add(region);
            }
        }
        for (List<PlannedGrid> leftover : small) {
            mergeIntoNeighbour(leftover, big);
        }
        big.forEach(region -> region.sort(Comparator.comparing(PlannedGrid::id)));
        big.sort(Comparator.comparing(region -> region.get(0).id()));
        return big;
    }

    private List<PlannedGrid> grow(PlannedGrid seed, int target, LinkedHashSet<String> free) {
        List<PlannedGrid> region = new ArrayList<>();
        Deque<PlannedGrid> frontier = new ArrayDeque<>(List.of(seed));
        free.remove(seed.id());
        int firstStep = random.nextInt(4);
        while (!frontier.isEmpty() && region.size() < target) {
            PlannedGrid grid = frontier.poll();
            region.add(grid);
            for (PlannedGrid next : neighbours.of(grid, firstStep)) {
                if (next.street().equals(seed.street()) && free.remove(next.id())) {
                    frontier.add(next);
                }
            }
        }
        frontier.forEach(g -> free.add(g.id())); // queued but not taken: free again
        return region;
    }

    private void mergeIntoNeighbour(List<PlannedGrid> leftover, List<List<PlannedGrid>> areas) {
        List<PlannedGrid> best = null;
        for (List<PlannedGrid> area : areas) {
            boolean fits = area.size() + leftover.size() <= MAX_GRIDS;
            if (fits && touches(leftover, area) && (best == null || area.size() < best.size())) {
                best = area;
            }
        }
        if (best != null) {
            best.addAll(leftover);
        }
    }

    private boolean touches(List<PlannedGrid> a, List<PlannedGrid> b) {
        Set<String> ids = new HashSet<>();
        b.forEach(g -> ids.add(g.id()));
        for (PlannedGrid grid : a) {
            for (PlannedGrid next : neighbours.of(grid, 0)) {
                if (ids.contains(next.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PlannedArea area(List<PlannedGrid> grids, Township street, int number, int inStreet) {
        String district = street.district();
        Geometry union = Geo.FACTORY
                .buildGeometry(grids.stream().map(g -> g.zone().footprint()).toList())
                .union();
        AreaZone zone = new AreaZone(
                String.format("area-%s-%03d", district, number),
                street.name() + "责任网格" + String.format("%02d", inStreet),
                district,
                grids.stream().map(PlannedGrid::id).toList(),
                union);
        return new PlannedArea(zone, street, grids);
    }
}
