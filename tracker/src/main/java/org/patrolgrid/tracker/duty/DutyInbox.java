package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;

/** What the owner of a set of devices accepts. Safe to call from any thread: each call hops to the owner's loop. */
public interface DutyInbox {
    /**
     * Positions of one device as ingest accepted them, while their commit runs; {@code stored} completes when it ends
     * (a failed commit leaves them unacknowledged, and the device sends them again).
     */
    void positions(List<Position> positions, Future<Void> stored);

    /** A device event (sos) as a position with its attributes; not stored as a position. */
    void deviceEvent(Position event);

    /**
     * The zones and the shifts around now of the devices this owner owns (the full list; the owner diffs). Completes
     * once the owner has applied it, so that the roster's sender never has more than one list waiting per owner.
     */
    Future<Void> roster(ZoneSnapshot zones, List<Shift> shifts);

    /** A person acknowledged or resolved an alert (the row is already written). */
    void alertHandled(JsonObject alert);
}
