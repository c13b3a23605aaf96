package org.patrolgrid.tracker.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.patrolgrid.geofence.position.Position;

/** The contract's ranges and time window for a decoded position (CONTRACT §2, "Position object"). */
public final class PositionValidator {
    private final Clock clock;
    private final Duration maxFutureSkew;
    private final Duration maxAge;

    public PositionValidator(Clock clock, Duration maxFutureSkew, Duration maxAge) {
        this.clock = clock;
        this.maxFutureSkew = maxFutureSkew;
        this.maxAge = maxAge;
    }

    /** The reason the position is refused, or empty when it is good. */
    public Optional<RejectedPosition> check(Position p, int index) {
        String bad = firstOutOfRange(p);
        if (bad != null) {
            return Optional.of(new RejectedPosition(Rejection.OUT_OF_RANGE, bad, index));
        }
        Instant now = clock.instant();
        if (p.fixTime().isAfter(now.plus(maxFutureSkew))) {
            return Optional.of(new RejectedPosition(
                    Rejection.TS_IN_FUTURE, "ts " + p.fixTime() + " is more than " + maxFutureSkew + " ahead", index));
        }
        if (p.fixTime().isBefore(now.minus(maxAge))) {
            return Optional.of(new RejectedPosition(
                    Rejection.TS_TOO_OLD, "ts " + p.fixTime() + " is older than " + maxAge, index));
        }
        return Optional.empty();
    }

    private static String firstOutOfRange(Position p) {
        if (p.lat() < -90 || p.lat() > 90) {
            return "lat " + p.lat() + " is outside -90..90";
        }
        if (p.lon() < -180 || p.lon() > 180) {
            return "lon " + p.lon() + " is outside -180..180";
        }
        if (p.accuracy() < 0) {
            return "acc " + p.accuracy() + " is negative";
        }
        if (p.speed() < 0) {
            return "speed " + p.speed() + " is negative";
        }
        if (p.course() < 0 || p.course() > 360) {
            return "course " + p.course() + " is outside 0..360";
        }
        if (p.battery() < 0 || p.battery() > 100) {
            return "batt " + p.battery() + " is outside 0..100";
        }
        return null;
    }
}
