package org.patrolgrid.tracker.duty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolgrid.alerts.Alert;

/** The devices and active shifts of one owner. Touched only on the owner's loop. */
final class DutyDesk {
    private final Map<String, DeviceDuty> devices = new HashMap<>();
    private final Map<String, ShiftDuty> shifts = new LinkedHashMap<>();
    private List<ShiftDuty> retired = new ArrayList<>();

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

    /** Removes a shift that left the roster; one whose record awaits a write keeps it for the next flush. */
    void retire(ShiftDuty duty) {
        remove(duty);
        if (duty.isDirty()) {
            retired.add(duty);
        }
    }

    /** The retired shifts whose last record awaits a write, handed over once. */
    List<ShiftDuty> takeRetired() {
        if (retired.isEmpty()) {
            return List.of();
        }
        List<ShiftDuty> taken = retired;
        retired = new ArrayList<>();
        return taken;
    }

    /** The zone an alert names: its shift's first zone, none for a device-level alert. */
    String zoneOf(Alert alert) {
        ShiftDuty s = alert.shift() == null ? null : shifts.get(alert.shift());
        return s == null ? null : s.zone();
    }
}
