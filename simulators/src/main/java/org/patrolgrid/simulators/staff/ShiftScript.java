package org.patrolgrid.simulators.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.patrolgrid.geofence.geo.Geo;

/**
 * Scripts one person's shift from a {@link Behaviour}: the true track, the fixes and the expected outcome. Every
 * behaviour is scaled by the shift's rules with a clear margin from the server's thresholds, so the expected outcome
 * does not depend on sampling luck:
 *
 * <ul>
 *   <li>on time: first fix inside between start − 10 min and start + 0.3 × grace (deadline: start + grace);
 *   <li>late: first fix at start + grace + 0.8–3 × grace; absent: no fix at all;
 *   <li>leaves: wanders 2–3.5 × the off-post tolerance around a point at least 400 m beyond the zone's bounding circle
 *       (a fix is clearly outside beyond 2 × its accuracy, at most 50 m), then returns;
 *   <li>early leave: leaves 4–6 × the tolerance plus the walk out before the end and stays out;
 *   <li>stationary: stands 1.5–2.2 × the stationary limit inside the zone, with 3 m noise against the 30 m radius;
 *   <li>signal loss: fixes buffered for 2–4 × the signal-lost limit, then sent as one batch;
 *   <li>GPS noise: accuracy 12–25 m, noise accuracy / 3, and 2–3 single fixes jumping 1.5–3 km (≥ 50 m/s at 30 s);
 *   <li>mock: every fix flagged; low battery: 35 % down to 5 % (alert below 15 %); others stay above 25 %.
 * </ul>
 *
 * Walkers and riders never stand still longer than a checkpoint stop (1 min) or a post stop (5 min).
 */
public final class ShiftScript {
    private static final long MINUTE = 60_000;
    private static final double OUT_BEYOND_METERS = 400;
    private static final double WANDER_METERS = 60;

    private final ShiftSetting setting;
    private final SplittableRandom random;

    public ShiftScript(ShiftSetting setting, SplittableRandom random) {
        this.setting = setting;
        this.random = random;
    }

    public ScriptedShift script(Behaviour behaviour) {
        long start = setting.startMillis();
        long end = setting.endMillis();
        long grace = setting.rules().grace().toMillis();
        if (behaviour == Behaviour.ABSENT) {
            return new ScriptedShift(behaviour, List.of(), new ShiftTruth(setting).expect(behaviour, List.of()), true);
        }
        long arrival = behaviour == Behaviour.LATE
                ? start + grace + scaled(0.8, 3, Math.max(grace, MINUTE))
                : start + scaled(-10 * MINUTE, 0.3 * grace, 1);
        boolean skip = behaviour == Behaviour.SKIPS_ROUTE;
        PatrolCursor cursor = new PatrolCursor(skip ? setting.skippedTour() : setting.tour(), setting.speed());
        TrackBuilder track =
                new TrackBuilder(arrival, cursor.first().lat(), cursor.first().lon());
        long[] buffered = walk(behaviour, cursor, track, arrival, end);
        FixSampler sampler = behaviour == Behaviour.GPS_NOISE ? noisy(setting.sampler()) : setting.sampler();
        List<SimFix> fixes = sampler.sample(track.build(), arrival, end, random);
        fixes = effects(behaviour, fixes, arrival, end, buffered).stream()
                .map(SimFix::rounded)
                .toList();
        List<String> reached = cursor.reachedBetween(start, end);
        ShiftTruth truth = new ShiftTruth(setting);
        return new ScriptedShift(behaviour, fixes, truth.expect(behaviour, reached), !truth.ambiguous(reached));
    }

    /** Builds the true track; returns the buffered window [from, to) of a signal loss, or null. */
    private long[] walk(Behaviour behaviour, PatrolCursor cursor, TrackBuilder track, long arrival, long end) {
        long span = end - arrival;
        long tolerance = Math.max(setting.rules().offPostTolerance().toMillis(), MINUTE);
        switch (behaviour) {
            case LEAVES_AREA -> {
                cursor.patrol(track, arrival + scaled(0.15, 0.35, span));
                excursion(track, scaled(2, 3.5, tolerance), true, end);
            }
            case EARLY_LEAVE -> {
                long walkOut = Math.round((2 * boundingRadius() + 60) / setting.speed() * 1000);
                cursor.patrol(track, end - scaled(4, 6, tolerance) - walkOut);
                excursion(track, end, false, end);
            }
            case STATIONARY -> {
                cursor.patrol(track, arrival + scaled(0.1, 0.3, span));
                long limit = Math.max(setting.rules().stationaryLimit().toMillis(), MINUTE);
                track.dwell(scaled(1.5, 2.2, limit), end);
            }
            case SIGNAL_LOSS -> {
                long from = arrival + scaled(0.2, 0.5, span);
                long limit = Math.max(setting.rules().signalLostLimit().toMillis(), MINUTE);
                cursor.patrol(track, end);
                return new long[] {from, Math.min(end, from + scaled(2, 4, limit))};
            }
            default -> {}
        }
        cursor.patrol(track, end);
        return null;
    }

    /**
     * Walks to a point beyond the zone and wanders round it for {@code stay} ms (or until {@code until} when not
     * coming back), then walks back to where it left.
     */
    private void excursion(TrackBuilder track, long stay, boolean comeBack, long end) {
        double fromLat = track.lat(), fromLon = track.lon();
        double[] out = outPoint();
        track.moveTo(out[0], out[1], setting.speed(), end);
        long until = comeBack ? Math.min(end, track.now() + stay) : end;
        List<Waypoint> square = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] corner = PatrolTours.offset(
                    out[0], out[1], (i / 2 == 0 ? 1 : -1) * WANDER_METERS, (i % 3 == 0 ? 1 : -1) * WANDER_METERS);
            square.add(Waypoint.at(corner[0], corner[1]));
        }
        new PatrolCursor(square, Math.min(setting.speed(), 1.4)).patrol(track, until);
        if (comeBack) {
            track.moveTo(fromLat, fromLon, setting.speed(), end);
        }
    }

    private double[] outPoint() {
        Envelope env = setting.zone().footprint().getEnvelopeInternal();
        double meters = boundingRadius() + OUT_BEYOND_METERS + random.nextDouble() * 400;
        double angle = random.nextDouble() * 2 * Math.PI;
        return PatrolTours.offset(env.centre().y, env.centre().x, meters * Math.cos(angle), meters * Math.sin(angle));
    }

    private double boundingRadius() {
        Envelope env = setting.zone().footprint().getEnvelopeInternal();
        return Geo.meters(env.centre().y, env.centre().x, env.getMaxY(), env.getMaxX());
    }

    private List<SimFix> effects(Behaviour behaviour, List<SimFix> fixes, long arrival, long end, long[] buffered) {
        double startBattery = behaviour == Behaviour.LOW_BATTERY ? 35 : 60 + random.nextDouble() * 40;
        double endBattery = behaviour == Behaviour.LOW_BATTERY ? 5 : Math.max(27, startBattery * 0.45);
        List<SimFix> out = FixEffects.battery(fixes, startBattery, endBattery);
        if (behaviour == Behaviour.MOCK_LOCATION) {
            out = FixEffects.mock(out);
        }
        if (buffered != null) {
            out = FixEffects.buffered(out, buffered[0], buffered[1]);
        }
        if (behaviour == Behaviour.GPS_NOISE) {
            List<Long> times = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                times.add(arrival
                        + 10 * MINUTE
                        + (long) (random.nextDouble() * Math.max(0, end - arrival - 20 * MINUTE)));
            }
            out = FixEffects.jumps(out, times, random);
        }
        return out;
    }

    /** Accuracy 12–25 m and noise of about a third of it. */
    private static FixSampler noisy(FixSampler base) {
        return new FixSampler(base.minInterval(), base.maxInterval(), 12, 25, 6);
    }

    /** {@code unit} times a uniform draw in [lo, hi), rounded. */
    private long scaled(double lo, double hi, double unit) {
        return Math.round((lo + random.nextDouble() * (hi - lo)) * unit);
    }
}
