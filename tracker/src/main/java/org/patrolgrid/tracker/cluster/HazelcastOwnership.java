package org.patrolgrid.tracker.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.PartitionService;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.geofence.shift.Shift;
import org.patrolgrid.tracker.duty.DeviceOwnership;
import org.patrolgrid.tracker.duty.DutyInbox;
import org.patrolgrid.tracker.duty.LocalOwnership;
import org.patrolgrid.tracker.duty.ZoneSnapshot;
import org.patrolgrid.tracker.metrics.DutyMetrics;

/**
 * Device ownership in a cluster: a device belongs to the member that owns its Hazelcast partition, and there to a
 * local owner by the stable hash. Positions and events for a device owned elsewhere go as JSON over the clustered
 * event bus to that member's address. When members join or leave, partitions move; each node's roster then keeps only
 * the shifts it owns, and a newly owned shift is rebuilt from storage like after a restart.
 */
public final class HazelcastOwnership implements DeviceOwnership {
    private final PartitionService partitions;
    private final LocalOwnership local;
    private final EventBus bus;
    private final DutyMetrics metrics;
    private final Map<UUID, DutyInbox> remotes = new ConcurrentHashMap<>();

    public HazelcastOwnership(HazelcastInstance hazelcast, LocalOwnership local, EventBus bus, DutyMetrics metrics) {
        this.partitions = hazelcast.getPartitionService();
        this.local = local;
        this.bus = bus;
        this.metrics = metrics;
        UUID self = hazelcast.getCluster().getLocalMember().getUuid();
        bus.<JsonObject>consumer(address(self), msg -> receive(msg.body()));
    }

    static String address(UUID member) {
        return "patrolgrid.duty.member." + member;
    }

    @Override
    public DutyInbox owner(String device) {
        Member member = partitions.getPartition(device).getOwner();
        if (member == null || member.localMember()) {
            return local.owner(device);
        }
        return remotes.computeIfAbsent(member.getUuid(), uuid -> new Remote(address(uuid)));
    }

    @Override
    public List<DutyInbox> local() {
        return local.local();
    }

    /** Forwarded work is taken by the local owner as is, without asking the partition again (no ping-pong). */
    private void receive(JsonObject body) {
        if (body.containsKey("positions")) {
            List<Position> positions = PositionWire.decode(body.getJsonArray("positions"));
            local.owner(positions.get(0).device()).positions(positions, Future.succeededFuture());
        } else if (body.containsKey("event")) {
            Position event = PositionWire.decode(body.getJsonObject("event"));
            local.owner(event.device()).deviceEvent(event);
        }
    }

    /** A member's owners, reached over the clustered event bus. */
    private final class Remote implements DutyInbox {
        private final String address;

        Remote(String address) {
            this.address = address;
        }

        @Override
        public void positions(List<Position> positions, Future<Void> stored) {
            // Another member's owner gets them once committed (it cannot wait for a commit on this member before it
            // rebuilds a shift from storage); the futures complete in PUBLISH order, so the order holds.
            stored.onSuccess(v -> {
                metrics.forwarded();
                bus.send(address, new JsonObject().put("positions", PositionWire.encode(positions)));
            });
        }

        @Override
        public void deviceEvent(Position event) {
            metrics.forwarded();
            bus.send(address, new JsonObject().put("event", PositionWire.encode(event)));
        }

        @Override
        public Future<Void> roster(ZoneSnapshot zones, List<Shift> shifts) {
            return Future.succeededFuture(); // each member loads its own roster
        }

        @Override
        public void alertHandled(JsonObject alert) {
            // ALERT_HANDLED is published to every member; the owning member takes it.
        }
    }
}
