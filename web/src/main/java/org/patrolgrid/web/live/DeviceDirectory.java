package org.patrolgrid.web.live;

import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patrolgrid.web.auth.Scope;
import org.patrolgrid.web.store.DeviceRecord;
import org.patrolgrid.web.store.DeviceStore;

/**
 * Kind and district of every device, in memory, so a live stream can apply a {@link Scope} to each position without
 * a query. Loaded at start, kept current from {@code DEVICE_CHANGED}, and devices it has not heard of (added behind
 * the API's back) are looked up on first sight with {@link #resolve}.
 */
public final class DeviceDirectory {
    /** What scoping needs to know about a device; both null for an id with no device row. */
    public record Entry(String kind, String district) {}

    private static final Entry MISSING = new Entry(null, null);

    private final DeviceStore devices;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public DeviceDirectory(DeviceStore devices) {
        this.devices = devices;
    }

    /** Loads every device. */
    public Future<Void> load() {
        return devices.list(Scope.all()).map(all -> {
            all.forEach(this::put);
            return null;
        });
    }

    /** Re-reads one device after it changed; a device that is gone is dropped. */
    public Future<Void> refresh(String id) {
        return devices.find(id, Scope.all()).map(found -> {
            found.ifPresentOrElse(this::put, () -> entries.remove(id));
            return null;
        });
    }

    /** Looks up the devices among {@code ids} not seen before; ids with no device row are remembered as missing. */
    public Future<Void> resolve(Collection<String> ids) {
        List<String> unknown = ids.stream()
                .filter(id -> id != null && !entries.containsKey(id))
                .distinct()
                .toList();
        if (unknown.isEmpty()) {
            return Future.succeededFuture();
        }
        return devices.findAll(unknown).map(found -> {
            unknown.forEach(id -> entries.putIfAbsent(id, MISSING));
            found.forEach(this::put);
            return null;
        });
    }

    /** True when {@code scope} may see device {@code id}; unknown devices are visible to admins only. */
    public boolean visible(Scope scope, String id) {
        Entry entry = id == null ? null : entries.get(id);
        return entry == null ? scope.isAdmin() : scope.allowsDevice(entry.kind(), entry.district());
    }

    public int size() {
        return entries.size();
    }

    private void put(DeviceRecord device) {
        entries.put(device.id(), new Entry(device.kind(), device.district()));
    }
}
