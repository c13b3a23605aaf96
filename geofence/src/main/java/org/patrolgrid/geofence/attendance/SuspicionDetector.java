package org.patrolgrid.geofence.attendance;

import static org.patrolgrid.geofence.attendance.AttendanceState.NONE;

import java.time.Instant;
import org.patrolgrid.geofence.geo.LocalProjection;

/**
 * Suspicious location: the device's mock flag, an implied speed from the last accepted fix beyond
 * {@link AttendanceConfig#maxSpeedMps()}, or such a jump of at least {@link AttendanceConfig#teleportMeters()}
 * (teleport). The distance is first reduced by both fixes' accuracy, and jumps under
 * {@link AttendanceConfig#minJumpMeters()} are never suspicious. A suspicious fix is reported and then ignored for
 * attendance; the next fixes are compared with the last accepted one, so a real move is accepted once the elapsed
 * time makes it possible.
 */
final class SuspicionDetector {
    private final AttendanceConfig config;

    SuspicionDetector(AttendanceConfig config) {
        this.config = config;
    }

    /** True when the fix may be used; out-of-order fixes are only checked for the mock flag. */
    boolean accept(AttendanceState s, Fix fix, boolean mock, boolean inOrder, Events out) {
        if (mock) {
            out.add(event(s, fix, SuspicionReason.MOCK, 0));
            return false;
        }
        LocalProjection plane = s.plan.motionPlane;
        double x = plane.x(fix.lon());
        double y = plane.y(fix.lat());
        if (inOrder && s.lastAcceptedAt != NONE) {
            double jump = Math.hypot(x - s.lastX, y - s.lastY) - s.lastAccuracy - fix.accuracy();
            double seconds = Math.max(1.0, (fix.t() - s.lastAcceptedAt) / 1000.0);
            double speed = jump / seconds;
            if (jump >= config.minJumpMeters() && speed > config.maxSpeedMps()) {
                boolean teleport = jump >= config.teleportMeters();
                out.add(event(s, fix, teleport ? SuspicionReason.TELEPORT : SuspicionReason.IMPOSSIBLE_SPEED, speed));
                return false;
            }
        }
        if (inOrder && fix.accuracy() <= config.maxAccuracyMeters()) {
            s.lastAcceptedAt = fix.t();
            s.lastX = x;
            s.lastY = y;
            s.lastAccuracy = fix.accuracy();
        }
        return true;
    }

    private static SuspiciousLocation event(AttendanceState s, Fix fix, SuspicionReason reason, double speed) {
        return new SuspiciousLocation(s.shift.id(), Instant.ofEpochMilli(fix.t()), reason, fix.lat(), fix.lon(), speed);
    }
}
