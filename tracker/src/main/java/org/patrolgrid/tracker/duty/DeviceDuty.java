package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patrolgrid.geofence.position.Position;

/**
 * A device on its owner: its active shifts, the last fix time seen, positions held while a shift loads, and the commit
 * of its latest positions (a load from storage waits for it).
 */
public final class DeviceDuty {
    private final String device;
    private final List<ShiftDuty> shifts = new ArrayList<>(2);
    private final List<Position> held = new ArrayList<>();
    private int loading;
    private Instant lastFix = Instant.MIN;
    private Future<Void> lastStore = Future.succeededFuture();

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

    /** The commit of the positions just handed over; commits of one device end in order. */
    public void storing(Future<Void> store) {
        lastStore = store;
    }

    /** Ends once every position handed over so far is committed or failed. */
    public Future<Void> lastStore() {
        return lastStore;
    }

    public void hold(List<Position> positions) {
        held.addAll(positions);
    }
}
