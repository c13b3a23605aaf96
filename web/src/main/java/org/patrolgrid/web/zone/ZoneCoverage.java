package org.patrolgrid.web.zone;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.patrolgrid.geofence.coverage.CellIndexer;
import org.patrolgrid.geofence.zone.AreaZone;
import org.patrolgrid.geofence.zone.GridZone;
import org.patrolgrid.geofence.zone.Zone;
import org.patrolgrid.web.store.AttendanceStore.Visited;

/**
 * The coverage of one zone over a day: the union of what that day's shifts on the zone visited, counted against the
 * zone's own unit grids (a grid is its own only grid; an area has its {@code grids}) and H3 resolution-11 cells
 * (cells whose centre lies in a grid or area). Posts and routes have neither. CPU-bound for big areas.
 */
final class ZoneCoverage {
    private ZoneCoverage() {}

    static JsonObject of(String zoneId, List<String> storedGrids, Optional<Zone> zone, List<Visited> shifts) {
        Set<String> visitedGrids = new HashSet<>();
        Set<Long> visitedCells = new HashSet<>();
        for (Visited visited : shifts) {
            visitedGrids.addAll(visited.grids());
            visitedCells.addAll(visited.cells());
        }
        List<String> grids = gridsOf(zoneId, storedGrids, zone.orElse(null));
        List<String> seen = grids.stream().filter(visitedGrids::contains).toList();
        long[] cells = zone.filter(z -> z instanceof GridZone || z instanceof AreaZone)
                .map(z -> CellIndexer.h3().cellsOf(z.footprint()))
                .orElse(new long[0]);
        int cellsVisited = 0;
        for (long cell : visitedCells) {
            if (Arrays.binarySearch(cells, cell) >= 0) {
                cellsVisited++;
            }
        }
        return new JsonObject()
                .put("zone", zoneId)
                .put("shifts", shifts.size())
                .put("gridsTotal", grids.size())
                .put("gridsVisited", seen.size())
                .put("cellsTotal", cells.length)
                .put("cellsVisited", cellsVisited)
                .put("visited", new JsonArray(seen));
    }

    private static List<String> gridsOf(String zoneId, List<String> storedGrids, Zone zone) {
        if (zone instanceof GridZone) {
            return List.of(zoneId);
        }
        if (zone instanceof AreaZone area) {
            return area.gridIds();
        }
        return List.copyOf(new LinkedHashSet<>(storedGrids));
    }
}
