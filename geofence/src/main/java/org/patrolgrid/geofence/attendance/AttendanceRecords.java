package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;
import static org.patrolgrid.geofence.attendance.AttendanceState.instant;

/** Derives the {@link AttendanceRecord} from a state at a given time; a pure function, so it follows late data. */
final class AttendanceRecords {
    private AttendanceRecords() {}

    static AttendanceRecord of(AttendanceState s, long now) {
        ShiftPlan plan = s.plan;
        long stop = Math.min(now, s.end);
        long offPost = s.offPostMillis + (s.offPostOpen ? Math.max(0, stop - s.offPostSince) : 0);
        long onDuty = s.arrivedAt == NONE ? 0 : Math.max(0, stop - s.arrivedAt - offPost);
        Double adherence =
                plan.stationsTotal == 0 ? null : s.stationsWalked.cardinality() / (double) plan.stationsTotal;
        double coverage = coverage(s, onDuty, adherence);
        int checkpoints = Long.bitCount(s.checkpointsVisited);
        return new AttendanceRecord(
                s.shift.id(),
                s.shift.device(),
                s.shift.zoneIds(),
                s.shift.start(),
                s.shift.end(),
                status(s, now, coverage, checkpoints),
                instant(s.arrivedAt),
                instant(leftAt(s, now)),
                onDuty / 60_000.0,
                offPost / 60_000.0,
                coverage,
                s.gridsVisited.cardinality(),
                plan.gridsTotal,
                s.cellsVisited.cardinality(),
                plan.cellsTotal,
                checkpoints,
                plan.checkpointsTotal,
                adherence);
    }

    private static double coverage(AttendanceState s, long onDuty, Double adherence) {
        if (s.plan.cellsTotal > 0) {
            return s.cellsVisited.cardinality() / (double) s.plan.cellsTotal;
        }
        if (adherence != null) {
            return adherence;
        }
        return Math.min(1.0, onDuty / (double) (s.end - s.start));
    }

    private static long leftAt(AttendanceState s, long now) {
        if (s.offPostOpen) {
            return s.offPostSince;
        }
        return now >= s.end ? s.lastInsideAt : NONE;
    }

    static AttendanceStatus status(AttendanceState s, long now, double coverage, int checkpoints) {
        if (now < s.start) {
            return AttendanceStatus.SCHEDULED;
        }
        if (s.arrivedAt == NONE) {
            return now < s.deadline ? AttendanceStatus.SCHEDULED : AttendanceStatus.ABSENT;
        }
        if (now < s.end) {
            return AttendanceStatus.ON_DUTY;
        }
        if (s.offPostOpen) {
            return AttendanceStatus.EARLY_LEAVE;
        }
        if (s.arrivedAt > s.deadline) {
            return AttendanceStatus.LATE;
        }
        if (coverage < s.shift.rules().minCoverage() || checkpoints < s.plan.checkpointsTotal) {
            return AttendanceStatus.INCOMPLETE;
        }
        return AttendanceStatus.PRESENT;
    }
}
