package org.patrolgrid.web.live;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.ShiftRules;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.web.store.DutyNowStore;
import org.patrolgrid.web.store.DutyNowStore.OnShift;
import org.patrolgrid.web.zone.ZoneSnapshot;

/**
 * The live status from the database, so that every node of a cluster agrees: {@code off_post} when the device's
 * current shift has an open off-post alert; {@code signal_lost} when it has an open signal-lost alert or the last fix
 * is older than the shift's signal-lost limit; {@code on_duty} otherwise while a shift covers now; {@code off_shift}
 * without a shift. The zone is the alert's zone when an alert decides the status; otherwise the first zone of the
 * shift that contains the last fix, else (and when off post) the shift's first zone. The shift id is given as text, as {@link LiveStatus} carries it.
 */
public final class ShiftStatusSource implements LiveStatusSource {
    private final DutyNowStore duty;
    private final Supplier<ZoneSnapshot> zones;
    private final Clock clock;

    public ShiftStatusSource(DutyNowStore duty, Supplier<ZoneSnapshot> zones, Clock clock) {
        this.duty = duty;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public Future<Map<String, LiveStatus>> statuses(List<Position> latest) {
        Instant now = clock.instant();
        List<String> devices = latest.stream().map(Position::device).toList();
        return duty.onShift(devices, now).map(shifts -> {
            ZoneSnapshot snapshot = zones.get();
            Map<String, LiveStatus> statuses = new HashMap<>();
            for (Position position : latest) {
                OnShift shift = shifts.get(position.device());
                if (shift != null) {
                    statuses.put(position.device(), status(shift, position, snapshot, now));
                }
            }
            return statuses;
        });
    }

    static LiveStatus status(OnShift shift, Position last, ZoneSnapshot snapshot, Instant now) {
        String id = Long.toString(shift.shift());
        String alertZone =
                shift.alertZone() != null ? shift.alertZone() : shift.zones().get(0);
        if ("off_post".equals(shift.alertKind())) {
            return new LiveStatus(DutyStatus.OFF_POST, id, alertZone);
        }
        double lostMinutes =
                shift.signalLostMinutes() == null ? ShiftRules.DEFAULT_SIGNAL_LOST_MINUTES : shift.signalLostMinutes();
        Duration lostAfter = ShiftRules.minutes(lostMinutes);
        if ("signal_lost".equals(shift.alertKind()) || last.fixTime().isBefore(now.minus(lostAfter))) {
            String seenIn = shift.alertZone() != null ? shift.alertZone() : zoneAt(shift, last, snapshot);
            return new LiveStatus(DutyStatus.SIGNAL_LOST, id, seenIn);
        }
        return new LiveStatus(DutyStatus.ON_DUTY, id, zoneAt(shift, last, snapshot));
    }

    private static String zoneAt(OnShift shift, Position last, ZoneSnapshot snapshot) {
        for (Zone zone : snapshot.containing(last.lat(), last.lon())) {
            if (shift.zones().contains(zone.id())) {
                return zone.id();
            }
        }
        return shift.zones().get(0);
    }
}
