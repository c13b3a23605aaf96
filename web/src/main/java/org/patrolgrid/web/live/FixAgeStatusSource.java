package org.patrolgrid.web.live;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;

/** The stand-in status source: {@code signal_lost} when the last fix is older than a limit, else {@code off_shift}. */
public final class FixAgeStatusSource implements LiveStatusSource {
    /** The default signal-lost limit. */
    public static final Duration DEFAULT_SIGNAL_LOST = Duration.ofMinutes(10);

    private final Clock clock;
    private final Duration signalLostAfter;

    public FixAgeStatusSource(Clock clock, Duration signalLostAfter) {
        this.clock = clock;
        this.signalLostAfter = signalLostAfter;
    }

    @Override
    public Future<Map<String, LiveStatus>> statuses(List<Position> latest) {
        Instant lostBefore = clock.instant().minus(signalLostAfter);
        Map<String, LiveStatus> statuses = new HashMap<>();
        for (Position position : latest) {
            boolean lost = position.fixTime().isBefore(lostBefore);
            statuses.put(position.device(), LiveStatus.of(lost ? DutyStatus.SIGNAL_LOST : DutyStatus.OFF_SHIFT));
        }
        return Future.succeededFuture(statuses);
    }
}
