package org.patrolgrid.tracker.pipeline;

import java.util.Comparator;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.duty.DeviceDuty;
import org.patrolgrid.tracker.metrics.DutyMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The position pipeline: one ordered list of steps, run on the device's owner (one event loop, no locks). Each batch
 * is sorted by fix time first. Steps are synchronous and do no I/O; the caller's tail persists and publishes what
 * {@link Changes} collected.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private final List<PositionStep> steps;
    private final DutyMetrics metrics;

    public Pipeline(List<PositionStep> steps, DutyMetrics metrics) {
        this.steps = List.copyOf(steps);
        this.metrics = metrics;
    }

    /** Runs a batch of one device's positions through every step, in fix-time order. */
    public void run(DeviceDuty device, List<Position> batch, Changes out) {
        List<Position> sorted =
                batch.stream().sorted(Comparator.comparing(Position::fixTime)).toList();
        for (Position p : sorted) {
            if (runOne(device, p, out)) {
                out.passed(p);
            }
        }
    }

    private boolean runOne(DeviceDuty device, Position p, Changes out) {
        for (PositionStep step : steps) {
            long started = System.nanoTime();
            Verdict verdict = step.apply(device, p, out);
            metrics.stepLatency(step.name(), System.nanoTime() - started);
            if (!verdict.proceed()) {
                metrics.dropped(verdict.reason());
                LOG.debug(
                        "position of {} at {} dropped by {}: {}",
                        p.device(),
                        p.fixTime(),
                        step.name(),
                        verdict.reason());
                return false;
            }
        }
        return true;
    }
}
