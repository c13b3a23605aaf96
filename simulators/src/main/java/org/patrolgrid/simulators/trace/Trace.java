package org.patrolgrid.simulators.trace;

import java.util.Comparator;
import java.util.List;

/** A recorded GPS trace, its points in time order (sorted on construction). */
public record Trace(String name, List<TracePoint> points) {
    public Trace {
        points =
                points.stream().sorted(Comparator.comparingLong(TracePoint::ts)).toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("trace " + name + " has no points");
        }
    }

    public long durationMillis() {
        return points.get(points.size() - 1).ts() - points.get(0).ts();
    }
}
