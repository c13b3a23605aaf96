package org.patrolgrid.web.live;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import org.patrolgrid.geofence.position.Position;

/**
 * Where {@code GET /live} gets each device's duty status. The default, {@link ShiftStatusSource}, derives it from the
 * shifts and open alerts in the database; tests may plug in another.
 */
public interface LiveStatusSource {
    /**
     * The status of each device, keyed by device id, given the latest fix of each. A device missing from the answer is
     * shown as {@link DutyStatus#OFF_SHIFT}.
     */
    Future<Map<String, LiveStatus>> statuses(List<Position> latest);
}
