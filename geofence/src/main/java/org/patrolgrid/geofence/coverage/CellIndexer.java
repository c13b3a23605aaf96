package org.patrolgrid.geofence.coverage;

import org.locationtech.jts.geom.Geometry;

/** The H3 operations coverage needs, at {@link #RESOLUTION} (about 25 m edges). Thread-safe. */
public interface CellIndexer {
    /** Coverage cells are H3 resolution 11 (average edge about 25 m, area about 2,150 m²). */
    int RESOLUTION = 11;

    /** The cell containing the point. */
    long cell(double lat, double lon);

    /** The cells whose centre lies inside the WGS-84 polygon or multipolygon, sorted ascending, no duplicates. */
    long[] cellsOf(Geometry polygonal);

    /** The one shared H3 instance. */
    static CellIndexer h3() {
        return H3CellIndexer.instance();
    }
}
