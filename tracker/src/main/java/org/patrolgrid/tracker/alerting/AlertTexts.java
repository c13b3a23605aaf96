package org.patrolgrid.tracker.alerting;

/** The short text a device shows for an alert about its own person. */
final class AlertTexts {
    private AlertTexts() {}

    static String forDevice(String kind) {
        return switch (kind) {
            case "off_post" -> "return to your grid";
            case "route_deviation" -> "return to your route";
            case "absent" -> "your shift has started: report to your post";
            case "late" -> "you arrived late for your shift";
            case "stationary" -> "you have not moved for a while: continue your patrol";
            case "checkpoint_missed" -> "checkpoints of your route were missed";
            case "early_leave" -> "you left before the end of your shift";
            case "signal_lost" -> "your location has not been received";
            case "low_battery" -> "battery low: charge your device";
            case "sos" -> "SOS received: help is on the way";
            case "suspicious_location" -> "your location looks wrong: turn off mock locations";
            default -> kind;
        };
    }
}
