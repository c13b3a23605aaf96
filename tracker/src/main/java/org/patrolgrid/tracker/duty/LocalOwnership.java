package org.patrolgrid.tracker.duty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Single node: a device belongs to local owner {@code floorMod(id.hashCode(), n)}, stable across restarts. */
public final class LocalOwnership implements DeviceOwnership {
    private final List<DutyInbox> owners = new CopyOnWriteArrayList<>();

    /** Registers an owner; call once per duty verticle before traffic starts. */
    public void add(DutyInbox owner) {
        owners.add(owner);
    }

    @Override
    public DutyInbox owner(String device) {
        return owners.get(Math.floorMod(device.hashCode(), owners.size()));
    }

    @Override
    public List<DutyInbox> local() {
        return owners;
    }
}
