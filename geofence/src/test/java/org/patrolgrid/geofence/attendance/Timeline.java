package org.patrolgrid.geofence.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.geofence.shift.ShiftRules;

/** A scripted timeline for one shift: minutes from the start, metres from the world origin. */
final class Timeline {
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z"); // 08:00 in Jiaxing

    final AttendanceProcessor processor;
    final AttendanceState state;
    final List<AttendanceEvent> events = new ArrayList<>();

    Timeline(ShiftPlan plan, ShiftRules rules, double hours) {
        this(plan, rules, hours, AttendanceConfig.DEFAULTS);
    }

    Timeline(ShiftPlan plan, ShiftRules rules, double hours, AttendanceConfig config) {
        Shift shift = new Shift(
                "shift-1", "dev-1", List.of("z"), START, START.plus(Duration.ofMinutes((long) (hours * 60))), rules);
        this.processor = new AttendanceProcessor(config);
        this.state = processor.start(shift, plan);
    }

    static Instant at(double minutes) {
        return START.plusMillis(Math.round(minutes * 60_000));
    }

    static Position position(double minutes, double x, double y, double accuracy) {
        return Position.of("dev-1", at(minutes), World.lat(y), World.lon(x), accuracy);
    }

    List<AttendanceEvent> fix(double minutes, double x, double y) {
        return fix(minutes, x, y, 5);
    }

    List<AttendanceEvent> fix(double minutes, double x, double y, double accuracy) {
        return feed(position(minutes, x, y, accuracy));
    }

    List<AttendanceEvent> mockFix(double minutes, double x, double y) {
        Position p = position(minutes, x, y, 5);
        return feed(new Position(
                p.device(),
                p.fixTime(),
                p.lat(),
                p.lon(),
                5,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                80,
                true,
                p.fixTime(),
                Map.of()));
    }

    List<AttendanceEvent> feed(Position p) {
        List<AttendanceEvent> out = processor.onPosition(state, p);
        events.addAll(out);
        return out;
    }

    /** Fixes every {@code stepSeconds} from {@code fromMin} to {@code toMin} (exclusive) along x at height y. */
    void walk(double fromMin, double toMin, int stepSeconds, double x0, double x1, double y) {
        double span = toMin - fromMin;
        for (double m = fromMin; m < toMin; m += stepSeconds / 60.0) {
            fix(m, x0 + (x1 - x0) * (m - fromMin) / span, y);
        }
    }

    List<AttendanceEvent> tick(double minutes) {
        List<AttendanceEvent> out = processor.onTick(state, at(minutes));
        events.addAll(out);
        return out;
    }

    AttendanceRecord record(double minutes) {
        return processor.record(state, at(minutes));
    }

    <T extends AttendanceEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<ConditionStarted> started(ConditionKind kind) {
        return all(ConditionStarted.class).stream()
                .filter(e -> e.kind() == kind)
                .toList();
    }

    List<ConditionEnded> ended(ConditionKind kind) {
        return all(ConditionEnded.class).stream().filter(e -> e.kind() == kind).toList();
    }
}
