package org.patrolgrid.geofence.coverage;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolgrid.geofence.geo.Geo;

/** The single {@link H3Core} of the process (it loads a native library), behind {@link CellIndexer}. */
final class H3CellIndexer implements CellIndexer {
    private final H3Core h3;

    private H3CellIndexer(H3Core h3) {
        this.h3 = h3;
    }

    static CellIndexer instance() {
        return Holder.INSTANCE;
    }

    @Override
    public long cell(double lat, double lon) {
        return h3.latLngToCell(lat, lon, RESOLUTION);
    }

    @Override
    public long[] cellsOf(Geometry polygonal) {
        TreeSet<Long> cells = new TreeSet<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                List<List<LatLng>> holes = new ArrayList<>();
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    holes.add(ring(polygon.getInteriorRingN(h)));
                }
                cells.addAll(h3.polygonToCells(ring(polygon.getExteriorRing()), holes, RESOLUTION));
            }
        }
        return cells.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<LatLng> ring(LinearRing ring) {
        List<LatLng> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(new LatLng(Geo.lat(c), Geo.lon(c)));
        }
        return points;
    }

    private static final class Holder {
        private static final CellIndexer INSTANCE = load();

        private static CellIndexer load() {
            try {
                return new H3CellIndexer(H3Core.newInstance());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the H3 native library", e);
            }
        }
    }
}
