package org.patrolgrid.tracker.duty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneFeatureReader;

/**
 * Turns the stored {@code zone.feature} trees (GeoJSON Features in WGS-84, validated at import) into {@link Zone}s
 * with the geofence reader, one feature at a time, so that one unreadable row is reported and skipped instead of
 * stopping the others. Grids come first, so areas given as {@code grids} find them.
 */
public final class ZoneFeatures {
    private ZoneFeatures() {}

    public static Map<String, Zone> read(List<Map<String, Object>> features, List<String> problems) {
        Map<String, Zone> zones = new LinkedHashMap<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        ZoneFeatureReader plain = new ZoneFeatureReader();
        for (Map<String, Object> f : features) {
            if (isArea(f)) {
                areas.add(f);
            } else {
                readOne(plain, f, zones, problems);
            }
        }
        ZoneFeatureReader withGrids = new ZoneFeatureReader(
                id -> zones.get(id) instanceof GridZone grid ? Optional.of(grid) : Optional.empty(), Crs.WGS84);
        for (Map<String, Object> f : areas) {
            readOne(withGrids, f, zones, problems);
        }
        return zones;
    }

    private static void readOne(
            ZoneFeatureReader reader, Map<String, Object> feature, Map<String, Zone> zones, List<String> problems) {
        try {
            reader.readZones(feature).forEach(z -> zones.put(z.id(), z));
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
    }

    private static boolean isArea(Map<String, Object> feature) {
        return feature.get("properties") instanceof Map<?, ?> p && "area".equals(p.get("kind"));
    }
}
