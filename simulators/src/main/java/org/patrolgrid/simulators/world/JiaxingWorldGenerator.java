package org.patrolgrid.simulators.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.patrolgrid.geofence.zone.PostZone;
import org.patrolgrid.geofence.zone.RouteZone;

/**
 * Generates the Jiaxing demo world from a seed: a lattice of about 100 m unit grids over the urban core (30.74–30.79N,
 * 120.72–120.80E) cut along the real district outlines, coded by street and community, grouped into patrol areas,
 * with posts and patrol routes. The same seed always gives the same world.
 */
public final class JiaxingWorldGenerator {
    public static final double SOUTH = 30.74, WEST = 120.72, NORTH = 30.79, EAST = 120.80;
    public static final double CELL_METERS = 100;
    /** About one route per this many patrol areas in a district. */
    private static final int AREAS_PER_ROUTE = 3;

    private final List<DistrictBoundary> districts;
    private final List<Township> townships;

    public JiaxingWorldGenerator(List<DistrictBoundary> districts, List<Township> townships) {
        this.districts = List.copyOf(districts);
        this.townships = List.copyOf(townships);
    }

    /** With the bundled district outlines and township list. */
    public static JiaxingWorldGenerator bundled() {
        return new JiaxingWorldGenerator(DistrictBoundaries.load(), Townships.load());
    }

    public GridLattice lattice() {
        return bundledLattice();
    }

    /** The lattice every generated world is cut from. */
    public static GridLattice bundledLattice() {
        return new GridLattice(SOUTH, WEST, NORTH, EAST, CELL_METERS);
    }

    public JiaxingWorld generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GridLattice lattice = lattice();
        List<PlannedGrid> grids = UnitGridCoder.code(UnitGridCutter.cut(lattice, districts), townships, random.split());
        GridNeighbours neighbours = new GridNeighbours(grids);
        List<PlannedArea> areas = new PatrolAreaPlanner(neighbours, random.split()).plan(grids);
        List<PostZone> posts = new PostPlanner(lattice, random.split()).plan(areas);
        RoutePlanner routePlanner = new RoutePlanner(lattice, neighbours, random.split());
        List<RouteZone> routes = new ArrayList<>();
        TreeSet<String> adcodes = new TreeSet<>();
        grids.forEach(g -> adcodes.add(g.cell().district()));
        for (String district : adcodes) {
            long areasInDistrict = areas.stream()
                    .filter(a -> a.zone().district().equals(district))
                    .count();
            routes.addAll(routePlanner.plan(district, (int) Math.max(1, areasInDistrict / AREAS_PER_ROUTE)));
        }
        return new JiaxingWorld(
                grids.stream().map(PlannedGrid::zone).toList(),
                areas.stream().map(PlannedArea::zone).toList(),
                posts,
                routes);
    }
}
