package org.patrolgrid.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.alerts.Alert;
import org.patrolgrid.alerts.AlertKind;
import org.patrolgrid.alerts.AlertResolution;
import org.patrolgrid.geofence.position.Position;

/**
 * Alerts from the device itself rather than from attendance: {@code low_battery} below
 * {@code lowBatteryPercent}, resolved once the battery is back to {@code clearBatteryPercent} (hysteresis against a
 * reading that wobbles around the limit), and {@code sos} when a position carries the attribute {@code sos = true}
 * or {@code alarm = "sos"} (resolved by a person).
 */
public final class DeviceRules {
    public static final double DEFAULT_LOW_BATTERY_PERCENT = 15;
    public static final double DEFAULT_CLEAR_BATTERY_PERCENT = 20;

    private final double lowBatteryPercent;
    private final double clearBatteryPercent;

    public DeviceRules(double lowBatteryPercent, double clearBatteryPercent) {
        if (!(clearBatteryPercent >= lowBatteryPercent)) {
            throw new IllegalArgumentException("the clear level must not be below the low level");
        }
        this.lowBatteryPercent = lowBatteryPercent;
        this.clearBatteryPercent = clearBatteryPercent;
    }

    public DeviceRules() {
        this(DEFAULT_LOW_BATTERY_PERCENT, DEFAULT_CLEAR_BATTERY_PERCENT);
    }

    /** @param shift the device's current shift, or null */
    public List<AlertCommand> decide(AlertBook book, String shift, Position p) {
        List<AlertCommand> out = new ArrayList<>(1);
        Optional<Alert> battery = book.latest(p.device(), shift, AlertKind.LOW_BATTERY);
        boolean active = battery.isPresent() && battery.get().isActive();
        if (!Double.isNaN(p.battery())) {
            if (!active && p.battery() < lowBatteryPercent) {
                out.add(new AlertCommand.Open(
                        AlertKind.LOW_BATTERY, p.device(), shift, p.fixTime(), (int) p.battery() + "%"));
            } else if (active && p.battery() >= clearBatteryPercent) {
                out.add(new AlertCommand.Resolve(
                        battery.get().id(), p.fixTime(), Alert.SYSTEM, AlertResolution.CONDITION_CLEARED));
            }
        }
        Optional<Alert> sos = book.latest(p.device(), shift, AlertKind.SOS);
        if (isSos(p) && (sos.isEmpty() || !sos.get().isActive())) {
            out.add(new AlertCommand.Open(AlertKind.SOS, p.device(), shift, p.fixTime(), "sos"));
        }
        return out;
    }

    private static boolean isSos(Position p) {
        Object sos = p.attributes().get("sos");
        Object alarm = p.attributes().get("alarm");
        return Boolean.TRUE.equals(sos) || "sos".equals(alarm);
    }
}
