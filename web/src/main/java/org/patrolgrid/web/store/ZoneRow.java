package org.patrolgrid.web.store;

import java.util.List;

/**
 * One row of table {@code zone} as the web layer writes it.
 *
 * @param feature the zone as a GeoJSON Feature in WGS-84, JSON text
 */
public record ZoneRow(
        String id, String kind, String name, String district, String code, List<String> grids, String feature) {
    public ZoneRow {
        grids = List.copyOf(grids);
    }
}
