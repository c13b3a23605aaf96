package org.patrolgrid.tracker.duty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.geofence.position.Position;

/** A device on its owner: its active shifts, the last fix time seen, and positions held while a shift loads. */
public final class DeviceDuty {
    private final String device;
    private final List<ShiftDuty> shifts = new ArrayList<>(2);
    private final List<Position> held = new ArrayList<>();
    private int loading;
    private Instant lastFix = Instant.MIN;

    public DeviceDuty(String device) {
        this.device = device;
    }

    public String device() {
        return device;
    }

    public List<ShiftDuty> shifts() {
        return shifts;
    }

    /** The shift the device is on at {@code t}, if any (for device-level alerts). */
    public Optional<ShiftDuty> shiftAt(Instant t) {
        return shifts.stream().filter(s -> s.shift().covers(t)).findFirst();
    }

    public Instant lastFix() {
        return lastFix;
    }

    public void lastFix(Instant t) {
        lastFix = t;
    }

    public boolean isLoading() {
        return loading > 0;
    }

    public void loadStarted() {
        loading++;
    }

    /** One load ended; answers the positions held meanwhile once no load is left. */
    public List<Position> loadEnded() {
        loading--;
        if (loading > 0) {
            return List.of();
        }
        List<Position> out = List.copyOf(held);
        held.clear();
        return out;
    }

    public void hold(List<Position> positions) {
        held.addAll(positions);
    }
}
