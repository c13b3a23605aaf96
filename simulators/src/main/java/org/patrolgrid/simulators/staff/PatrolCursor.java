package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a person round a tour (a cycle of waypoints) and logs every time a mark is reached, which is the ground
 * truth for checkpoints visited and unit grids patrolled.
 */
public final class PatrolCursor {
    private final List<Waypoint> tour;
    private final double speed;
    private final Map<String, List<Long>> reached = new LinkedHashMap<>();
    private int next;

    public PatrolCursor(List<Waypoint> tour, double speed) {
        if (tour.isEmpty()) {
            throw new IllegalArgumentException("a tour needs waypoints");
        }
        this.tour = List.copyOf(tour);
        this.speed = speed;
    }

    /** Patrols from where the builder stands until {@code until} (exclusive of marks reached only at it). */
    public void patrol(TrackBuilder track, long until) {
        long roundStart = track.now();
        while (track.now() < until) {
            Waypoint w = tour.get(next);
            if (!track.moveTo(w.lat(), w.lon(), speed, until)) {
                return;
            }
            if (!track.dwell(w.dwellMillis(), until)) {
                return;
            }
            if (w.mark() != null && track.now() < until) {
                reached.computeIfAbsent(w.mark(), m -> new ArrayList<>()).add(track.now());
            }
            next = (next + 1) % tour.size();
            if (next == 0) {
                if (track.now() == roundStart) { // a tour that takes no time: stand still instead of spinning
                    track.dwell(until - track.now(), until);
                }
                roundStart = track.now();
            }
        }
    }

    /** Marks reached at least once in [from, to), in the order first reached. */
    public List<String> reachedBetween(long from, long to) {
        List<String> marks = new ArrayList<>();
        reached.forEach((mark, times) -> {
            if (times.stream().anyMatch(at -> at >= from && at < to)) {
                marks.add(mark);
            }
        });
        return marks;
    }

    public Waypoint first() {
        return tour.get(0);
    }
}
