package org.patrolgrid.simulators.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.simulators.staff.AreaTours;
import org.patrolgrid.simulators.staff.PatrolKind;
import org.patrolgrid.simulators.staff.PatrolTours;
import org.patrolgrid.simulators.staff.Waypoint;
import org.patrolgrid.simulators.world.JiaxingWorld;
import org.patrolgrid.simulators.world.JiaxingWorldGenerator;

/**
 * Picks the zones people work: collectors get patrol areas whose tour can be walked once in {@link #MAX_TOUR_MINUTES}
 * at 1.2 m/s and loops at least 75 % of the area's unit grids (so the 60 % completeness margin is reachable even after
 * an excursion); officers alternate between posts and routes. Zones are dealt round-robin in a seeded order.
 */
public final class StaffRoster {
    public static final double MAX_TOUR_MINUTES = 150;
    private static final double SLOWEST_WALK = 1.2;

    /** A zone to work and its tours. */
    public record Assignment(PatrolKind kind, Zone zone, List<Waypoint> tour, List<Waypoint> skipped, int marks) {}

    private final List<Assignment> areas = new ArrayList<>();
    private final List<Assignment> posts = new ArrayList<>();
    private final List<Assignment> routes = new ArrayList<>();

    public StaffRoster(JiaxingWorld world, SplittableRandom random) {
        Map<String, GridZone> grids = new HashMap<>();
        world.grids().forEach(g -> grids.put(g.id(), g));
        AreaTours tours = new AreaTours(JiaxingWorldGenerator.bundledLattice(), grids);
        for (AreaZone area : world.areas()) {
            List<Waypoint> tour = tours.tour(area);
            long loops = tour.stream().filter(w -> w.mark() != null).count();
            boolean walkable = AreaTours.length(tour) <= MAX_TOUR_MINUTES * 60 * SLOWEST_WALK;
            if (!tour.isEmpty() && walkable && loops >= 0.75 * area.gridIds().size()) {
                areas.add(new Assignment(
                        PatrolKind.AREA,
                        area,
                        tour,
                        tours.oneGrid(area),
                        area.gridIds().size()));
            }
        }
        world.posts()
                .forEach(p -> posts.add(new Assignment(PatrolKind.POST, p, PatrolTours.post(p, random), List.of(), 0)));
        world.routes()
                .forEach(r -> routes.add(new Assignment(
                        PatrolKind.ROUTE,
                        r,
                        PatrolTours.route(r),
                        PatrolTours.skippedRoute(r),
                        r.checkpoints().size())));
        Random shuffle = new Random(random.nextLong());
        Collections.shuffle(areas, shuffle);
        Collections.shuffle(posts, shuffle);
        Collections.shuffle(routes, shuffle);
        if (areas.isEmpty() || posts.isEmpty() || routes.isEmpty()) {
            throw new IllegalStateException("the world has no walkable area, post or route");
        }
    }

    public Assignment collector(int index) {
        return areas.get(index % areas.size());
    }

    public Assignment officer(int index) {
        List<Assignment> pool = index % 2 == 0 ? posts : routes;
        return pool.get((index / 2) % pool.size());
    }

    public int walkableAreas() {
        return areas.size();
    }
}
