package org.patrolgrid.geofence.attendance;

/**
 * Technical thresholds of the processor, shared by all shifts (the per-shift rules are in {@code ShiftRules}).
 *
 * @param offPostFixes consecutive clearly-outside fixes needed to leave (default 3); with the off-post tolerance both
 *     must be met, so a single bad fix never flips, and a tolerance of 0 leaves the fix count alone
 * @param maxAccuracyMeters a fix with worse accuracy never changes on/off post (default 50)
 * @param assumedAccuracyMeters accuracy assumed when the device sends none (default 10)
 * @param accuracyMultiplier a fix is clearly outside only when farther from the zone than this many times its
 *     accuracy (default 2: devices report a 68 % radius, twice that is about 95 %)
 * @param stationaryRadiusMeters moving less than this from an anchor is "no movement" (default 30, above GPS jitter)
 * @param maxSpeedMps implied speed beyond this is impossible on foot or e-bike (default 15 m/s = 54 km/h; the e-bike
 *     limit in China is 25 km/h); the distance is first reduced by both fixes' accuracy
 * @param minJumpMeters a jump shorter than this (after the accuracy allowance) is never suspicious (default 100)
 * @param teleportMeters an impossible jump at least this long is a teleport (default 1000)
 * @param maxRouteLinkMeters two consecutive fixes on the corridor at most this far apart along the route count the
 *     stretch between them as walked (default 100)
 */
public record AttendanceConfig(
        int offPostFixes,
        double maxAccuracyMeters,
        double assumedAccuracyMeters,
        double accuracyMultiplier,
        double stationaryRadiusMeters,
        double maxSpeedMps,
        double minJumpMeters,
        double teleportMeters,
        double maxRouteLinkMeters) {

    public static final AttendanceConfig DEFAULTS = new AttendanceConfig(3, 50, 10, 2, 30, 15, 100, 1000, 100);

    public AttendanceConfig {
        if (offPostFixes < 1) {
            throw new IllegalArgumentException("offPostFixes must be >= 1");
        }
        if (!(maxAccuracyMeters > 0
                && assumedAccuracyMeters >= 0
                && accuracyMultiplier >= 1
                && stationaryRadiusMeters > 0)) {
            throw new IllegalArgumentException("accuracy and radius thresholds must be positive");
        }
        if (!(maxSpeedMps > 0 && minJumpMeters >= 0 && teleportMeters > 0 && maxRouteLinkMeters >= 0)) {
            throw new IllegalArgumentException("speed and distance thresholds must be positive");
        }
    }

    public AttendanceConfig withOffPostFixes(int n) {
        return new AttendanceConfig(
                n,
                maxAccuracyMeters,
                assumedAccuracyMeters,
                accuracyMultiplier,
                stationaryRadiusMeters,
                maxSpeedMps,
                minJumpMeters,
                teleportMeters,
                maxRouteLinkMeters);
    }
}
