package org.patrolgrid.simulators.staff;

import java.util.Locale;

/**
 * What one simulated person does in a shift; chosen per person and recorded as ground truth. The margins that make each
 * expected outcome unambiguous are documented on {@link ShiftScript}.
 */
public enum Behaviour {
    /** Arrives between 10 minutes before the start and 0.3 × grace after it, and patrols to the end. */
    ON_TIME,
    /** Arrives 0.8–3 × grace after start + grace. */
    LATE,
    /** Sends nothing during the shift. */
    ABSENT,
    /** Leaves the zone for 2–3.5 × the off-post tolerance, then comes back. */
    LEAVES_AREA,
    /** Leaves 4–6 × the off-post tolerance before the end and does not come back. */
    EARLY_LEAVE,
    /** Stands still (inside the zone) for 1.5–2.2 × the stationary limit; patrols only. */
    STATIONARY,
    /** Loses signal for 2–4 × the signal-lost limit and then uploads the buffered fixes as one batch. */
    SIGNAL_LOSS,
    /** Poor accuracy and noise, with 2–3 single fixes jumping 1.5–3 km away (teleports). */
    GPS_NOISE,
    /** Every fix carries the mock-location flag, so none counts. */
    MOCK_LOCATION,
    /** Skips the route beyond its middle checkpoint, or keeps to one unit grid of a patrol area. */
    SKIPS_ROUTE,
    /** The battery runs down from 35 % to 5 % over the shift. */
    LOW_BATTERY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Behaviour fromWire(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the behaviour makes sense on a zone: standing still is normal on a post, and posts have no route. */
    public boolean appliesTo(PatrolKind kind) {
        return switch (this) {
            case STATIONARY, SKIPS_ROUTE -> kind != PatrolKind.POST;
            default -> true;
        };
    }
}
