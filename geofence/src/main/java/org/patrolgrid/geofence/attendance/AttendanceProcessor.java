package org.patrolgrid.geofence.attendance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;

/**
 * The attendance processor: {@code (state, input) -> (state, events)} for one shift, where an input is a position
 * (event time = fix time) or a clock tick. It reads no clock and does no I/O; the state is updated in place by its one
 * owner and the events are returned. Thread-safe: it holds only configuration.
 *
 * <p><b>Order.</b> Positions should come in fix-time order (sort each batch). A fix not newer than the newest one
 * seen still counts for everything that is a set or a minimum (arrival, absence, coverage, checkpoints), which keeps
 * the record exact; the order-dependent detectors (off post, stationary, speed, route links) skip it. For an exact
 * correction of those too, rebuild the state with {@link #replay} from the shift's stored positions and compare.
 *
 * <p><b>Late data.</b> Buffered fixes uploaded after a tick are processed by fix time: an absence raised only because
 * nothing had arrived ends with {@link Resolution#LATE_DATA} and the arrival is reported; likewise a signal loss that
 * the uploaded fixes fill in. Fixes at or after the shift end are ignored; those before it correct the record even
 * after the end.
 */
public final class AttendanceProcessor {
    private final AttendanceConfig config;
    private final SignalDetector signal = new SignalDetector();
    private final SuspicionDetector suspicion;
    private final PresenceDetector presence = new PresenceDetector();
    private final FenceDetector fence;
    private final StationaryDetector stationary;
    private final CoverageDetector coverage = new CoverageDetector();
    private final RouteDetector route;

    public AttendanceProcessor(AttendanceConfig config) {
        this.config = config;
        this.suspicion = new SuspicionDetector(config);
        this.fence = new FenceDetector(config);
        this.stationary = new StationaryDetector(config);
        this.route = new RouteDetector(config);
    }

    /** A fresh state for a shift whose zones are planned in {@code plan}. */
    public AttendanceState start(Shift shift, ShiftPlan plan) {
        return new AttendanceState(shift, plan);
    }

    /** One position of the shift's device. */
    public List<AttendanceEvent> onPosition(AttendanceState s, Position p) {
        long t = p.fixTime().toEpochMilli();
        if (t >= s.end || t < s.start - PresenceDetector.EARLY_ARRIVAL_MILLIS) {
            return List.of();
        }
        Events out = new Events();
        boolean inOrder = t > s.lastFixAt;
        signal.onFix(s, t, out);
        double accuracy = p.hasAccuracy() ? p.accuracy() : config.assumedAccuracyMeters();
        Fix fix = s.plan.locate(t, p.lat(), p.lon(), accuracy, config);
        if (!suspicion.accept(s, fix, p.mock(), inOrder, out)) {
            return out.list();
        }
        presence.onFix(s, fix, out);
        if (inOrder) {
            fence.onFix(s, fix, out);
            stationary.onFix(s, fix, out);
        }
        coverage.onFix(s, fix);
        route.onFix(s, fix, inOrder, out);
        return out.list();
    }

    /** A clock tick: fires the timers (absence, signal lost, shift end) due at {@code now}. */
    public List<AttendanceEvent> onTick(AttendanceState s, Instant now) {
        long t = now.toEpochMilli();
        Events out = new Events();
        presence.onTick(s, t, out);
        signal.onTick(s, t, out);
        if (!s.ended && t >= s.end) {
            signal.onEnd(s, out);
            stationary.onEnd(s, out);
            fence.onEnd(s, out);
            route.onEnd(s, out);
            s.ended = true;
            out.add(new ShiftEnded(s.shift.id(), s.shift.end(), AttendanceRecords.of(s, t)));
        }
        return out.list();
    }

    /** The attendance record as of {@code now}. */
    public AttendanceRecord record(AttendanceState s, Instant now) {
        return AttendanceRecords.of(s, now.toEpochMilli());
    }

    /**
     * The events that take downstream from what {@code live} reported to what {@code rebuilt} (a {@link #replay})
     * shows: a condition open only in {@code live} ends with {@link Resolution#LATE_DATA}, one open only in
     * {@code rebuilt} starts. The caller then keeps {@code rebuilt} as the live state.
     */
    public List<AttendanceEvent> reconcile(AttendanceState live, AttendanceState rebuilt, Instant now) {
        Events out = new Events();
        String id = live.shift.id();
        for (ConditionKind kind : ConditionKind.values()) {
            boolean before = live.isOpen(kind);
            boolean after = rebuilt.isOpen(kind);
            if (before && !after) {
                out.add(new ConditionEnded(id, kind, live.openSince(kind), now, Resolution.LATE_DATA));
            } else if (after && !before) {
                out.add(new ConditionStarted(id, kind, rebuilt.openSince(kind), now, "replay"));
            }
        }
        return out.list();
    }

    /**
     * A deterministic rebuild from the shift start: every stored position in fix-time order, then a tick at
     * {@code now}. Events of the replay are dropped; compare the result with the live state with
     * {@link AttendanceState#isOpen} to resolve what the replay no longer shows.
     */
    public AttendanceState replay(Shift shift, ShiftPlan plan, List<Position> positions, Instant now) {
        AttendanceState s = start(shift, plan);
        positions.stream().sorted(Comparator.comparing(Position::fixTime)).forEach(p -> {
            onTick(s, p.fixTime());
            onPosition(s, p);
        });
        onTick(s, now);
        return s;
    }
}
