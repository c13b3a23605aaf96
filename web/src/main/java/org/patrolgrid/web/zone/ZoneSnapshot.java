package org.patrolgrid.web.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.index.ZoneIndex;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneFeatureReader;
import org.patrolgrid.geofence.zone.ZoneImportException;
import org.patrolgrid.web.api.JsonTrees;
import org.patrolgrid.web.store.ZoneStore.StoredZone;

/**
 * An immutable view of every stored zone with its spatial index: built in one go (on a worker), then shared by all
 * requests without locks. A change of zones builds a new snapshot.
 */
public final class ZoneSnapshot {
    private static final System.Logger LOG = System.getLogger(ZoneSnapshot.class.getName());

    /** The snapshot before anything is loaded. */
    public static final ZoneSnapshot EMPTY = new ZoneSnapshot(Map.of(), ZoneIndex.of(List.of()));

    private final Map<String, Zone> byId;
    private final ZoneIndex index;

    private ZoneSnapshot(Map<String, Zone> byId, ZoneIndex index) {
        this.byId = byId;
        this.index = index;
    }

    /** Reads the stored Features (grids first) into zones; a stored feature that no longer reads is left out. */
    public static ZoneSnapshot build(List<StoredZone> stored) {
        Map<String, Zone> byId = new HashMap<>();
        List<Zone> zones = new ArrayList<>(stored.size());
        ZoneFeatureReader reader = new ZoneFeatureReader(id -> grid(byId, id), Crs.WGS84);
        for (StoredZone row : stored) {
            try {
                for (Zone zone : reader.readZones(JsonTrees.parse(row.feature()))) {
                    byId.put(zone.id(), zone);
                    zones.add(zone);
                }
            } catch (ZoneImportException | IllegalStateException e) {
                LOG.log(System.Logger.Level.WARNING, "stored zone " + row.id() + " left out: " + e.getMessage());
            }
        }
        return new ZoneSnapshot(Map.copyOf(byId), ZoneIndex.of(zones));
    }

    private static Optional<GridZone> grid(Map<String, Zone> byId, String id) {
        return byId.get(id) instanceof GridZone grid ? Optional.of(grid) : Optional.empty();
    }

    /** The stored grid with this id, for areas that name grids of earlier imports. */
    public Optional<GridZone> grid(String id) {
        return grid(byId, id);
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The zones that contain the point, edges included, in index order. */
    public List<Zone> containing(double lat, double lon) {
        return index.containing(lat, lon);
    }

    public int size() {
        return byId.size();
    }
}
