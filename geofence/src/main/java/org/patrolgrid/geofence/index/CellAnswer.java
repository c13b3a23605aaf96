package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.zone.Zone;

/**
 * What a fine cell knows: the zones that surely cover all of it (answered without geometry) and the zones whose
 * boundary passes through it (checked exactly). Both are in index order and so is the result.
 */
final class CellAnswer {
    static final CellAnswer EMPTY = new CellAnswer(List.of(), List.of());

    private final List<Zone> sure;
    private final int[] sureOrdinals;
    private final ZoneShape[] edge;

    CellAnswer(List<ZoneShape> sureShapes, List<ZoneShape> edgeShapes) {
        List<Zone> zones = new ArrayList<>(sureShapes.size());
        this.sureOrdinals = new int[sureShapes.size()];
        for (int i = 0; i < sureShapes.size(); i++) {
            zones.add(sureShapes.get(i).zone);
            sureOrdinals[i] = sureShapes.get(i).ordinal;
        }
        this.sure = List.copyOf(zones); // List12/ListN: size and elements without another indirection
        this.edge = edgeShapes.toArray(new ZoneShape[0]);
    }

    boolean hasEdges() {
        return edge.length > 0;
    }

    List<Zone> resolve(double lat, double lon) {
        if (edge.length == 0) {
            return sure;
        }
        List<Zone> found = null;
        int s = 0;
        for (ZoneShape shape : edge) {
            if (shape.covers(lat, lon)) {
                if (found == null) {
                    found = new ArrayList<>(sure.size() + edge.length);
                }
                while (s < sureOrdinals.length && sureOrdinals[s] < shape.ordinal) {
                    found.add(sure.get(s++));
                }
                found.add(shape.zone);
            }
        }
        if (found == null) {
            return sure;
        }
        while (s < sureOrdinals.length) {
            found.add(sure.get(s++));
        }
        return found;
    }
}
