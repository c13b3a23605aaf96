package org.patrolgrid.web.zone;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.patrolgrid.geofence.geo.Crs;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.geofence.zone.ZoneFeature;
import org.patrolgrid.geofence.zone.ZoneFeatureReader;
import org.patrolgrid.geofence.zone.ZoneFeatureWriter;
import org.patrolgrid.geofence.zone.ZoneImportException;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.JsonTrees;
import org.patrolgrid.web.store.ZoneRow;

/**
 * Turns an uploaded GeoJSON tree into rows of table {@code zone} with the geofence library's reader: every feature
 * validated, GCJ-02 converted when asked, areas resolved against the same import and the stored grids. The stored
 * Feature is the library's WGS-84 form of the zone (with unknown properties kept), so reading it back gives the same
 * zone. CPU-bound: run it on a worker for large imports.
 */
final class ZoneImport {
    /** The ids table {@code zone} accepts. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private ZoneImport() {}

    /** The rows to store; 400 naming every invalid feature. */
    static List<ZoneRow> rows(Object tree, Crs crs, ZoneSnapshot stored) {
        List<ZoneFeature> features;
        try {
            features = new ZoneFeatureReader(stored::grid, crs).read(tree);
        } catch (ZoneImportException e) {
            throw ApiFault.badRequest(e.getMessage());
        }
        for (ZoneFeature feature : features) {
            if (!ID.matcher(feature.zone().id()).matches()) {
                throw ApiFault.badRequest(
                        "feature " + feature.zone().id() + ": id must be 1 to 64 of A-Z a-z 0-9 _ . : -");
            }
        }
        return features.stream().map(ZoneImport::row).toList();
    }

    private static ZoneRow row(ZoneFeature feature) {
        Zone zone = feature.zone();
        Map<String, Object> tree = ZoneFeatureWriter.feature(feature, ZoneFeatureWriter.Shape.SOURCE);
        String code = zone instanceof GridZone grid ? grid.code().value() : null;
        List<String> grids = zone instanceof AreaZone area ? area.gridIds() : List.of();
        return new ZoneRow(
                zone.id(), zone.kind().wireName(), zone.name(), zone.district(), code, grids, JsonTrees.encode(tree));
    }

    /** The coordinate system named by {@code ?crs=}: WGS-84 when absent; 400 when unknown. */
    static Crs crs(String param) {
        if (param == null || param.isBlank()) {
            return Crs.WGS84;
        }
        try {
            return Crs.fromWire(param.trim());
        } catch (IllegalArgumentException e) {
            throw ApiFault.badRequest("crs must be wgs84 or gcj02");
        }
    }
}
