package org.patrolgrid.tracker.duty;

import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.ingest.IngestListener;
import org.patrolgrid.web.bus.BusAddress;

/** Hands what ingest accepted to each device's owner (route to the owner: DESIGN "How a position flows", step 2). */
public final class DutyRouter implements IngestListener {
    private final DeviceOwnership ownership;
    private final DutyBacklog backlog;

    public DutyRouter(DeviceOwnership ownership, DutyBacklog backlog) {
        this.ownership = ownership;
        this.backlog = backlog;
    }

    /** Also routes user alert handling (acknowledge, resolve) to the owner of the alert's device. */
    public void listen(EventBus bus) {
        bus.<JsonObject>consumer(BusAddress.ALERT_HANDLED, msg -> {
            String device = msg.body().getString("device");
            DutyInbox owner = device == null ? null : ownership.owner(device);
            if (owner != null && ownership.local().contains(owner)) {
                owner.alertHandled(msg.body()); // published to every member: the owning one takes it
            }
        });
    }

    @Override
    public void accepted(List<Position> positions, Future<Void> stored) {
        if (positions.isEmpty()) {
            return;
        }
        String first = positions.get(0).device();
        if (positions.stream().allMatch(p -> p.device().equals(first))) {
            ownership.owner(first).positions(positions, stored);
            return;
        }
        Map<String, List<Position>> byDevice = positions.stream()
                .collect(Collectors.groupingBy(Position::device, LinkedHashMap::new, Collectors.toList()));
        byDevice.forEach((device, list) -> ownership.owner(device).positions(list, stored));
    }

    /** Held while this node's owners are more than the backlog's high mark behind. */
    @Override
    public Future<Void> admission() {
        return backlog.admission();
    }

    @Override
    public void deviceEvent(Position event) {
        ownership.owner(event.device()).deviceEvent(event);
    }
}
