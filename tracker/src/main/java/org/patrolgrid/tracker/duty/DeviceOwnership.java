package org.patrolgrid.tracker.duty;

import java.util.List;

/**
 * Which owner holds a device's state. On one node that is one of the local duty verticles, by a stable hash. In a
 * cluster, an implementation backed by Hazelcast partitions ({@code getPartition(device).getOwner()}) answers a proxy
 * that sends JSON over the clustered event bus to the owning node.
 */
public interface DeviceOwnership {
    DutyInbox owner(String device);

    /** Every owner on this node, e.g. to hand out the roster. */
    List<? extends DutyInbox> local();
}
