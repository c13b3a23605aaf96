package org.patrolgrid.tracker.duty;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patrolgrid.alerts.Alert;

/** The devices and active shifts of one owner. Touched only on the owner's loop. */
final class DutyDesk {
    private final Map<String, DeviceDuty> devices = new HashMap<>();
    private final Map<String, ShiftDuty> shifts = new LinkedHashMap<>();

    DeviceDuty device(String id) {
        return devices.computeIfAbsent(id, DeviceDuty::new);
    }

    Collection<ShiftDuty> shifts() {
        return shifts.values();
    }

    ShiftDuty shift(String id) {
        return shifts.get(id);
    }

    void add(ShiftDuty duty) {
        shifts.put(duty.shift().id(), duty);
        device(duty.shift().device()).shifts().add(duty);
    }

    void remove(ShiftDuty duty) {
        shifts.remove(duty.shift().id());
        device(duty.shift().device()).shifts().remove(duty);
    }

    /** The zone an alert names: its shift's first zone, none for a device-level alert. */
    String zoneOf(Alert alert) {
        ShiftDuty s = alert.shift() == null ? null : shifts.get(alert.shift());
        return s == null ? null : s.zone();
    }
}
