package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.patrolgrid.geofence.geo.Geo;
import org.patrolgrid.geofence.zone.Zone;

/** The textbook index: an STRtree of zone envelopes, then a prepared JTS check of each candidate. */
public final class StrTreeZoneIndex implements ZoneIndex {
    private static final Comparator<ZoneShape> BY_ORDINAL = Comparator.comparingInt(s -> s.ordinal);

    private final STRtree tree;
    private final int size;
    private final Map<Zone, ZoneShape> byZone;

    public StrTreeZoneIndex(List<? extends Zone> zones) {
        this(ZoneShapes.of(zones).toArray(new ZoneShape[0]));
    }

    private StrTreeZoneIndex(ZoneShape[] shapes) {
        this.tree = treeOf(List.of(shapes));
        this.size = shapes.length;
        this.byZone = new IdentityHashMap<>();
        for (ZoneShape shape : shapes) {
            byZone.put(shape.zone, shape);
        }
    }

    /** An index over shapes already numbered by {@link ZoneShapes#of}. */
    static StrTreeZoneIndex ofShapes(List<ZoneShape> shapes) {
        return new StrTreeZoneIndex(shapes.toArray(new ZoneShape[0]));
    }

    /** The shape of one of the indexed zones. */
    ZoneShape shape(Zone zone) {
        return byZone.get(zone);
    }

    private static STRtree treeOf(List<ZoneShape> shapes) {
        STRtree tree = new STRtree();
        for (ZoneShape shape : shapes) {
            tree.insert(shape.envelope(), shape);
        }
        tree.build();
        return tree;
    }

    @Override
    public List<Zone> containing(double lat, double lon) {
        if (!ZoneDistances.validQuery(lat, lon)) {
            return List.of();
        }
        List<ZoneShape> candidates = candidates(new Envelope(lon, lon, lat, lat));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Point point = Geo.point(lat, lon);
        List<Zone> found = new ArrayList<>(candidates.size());
        for (ZoneShape shape : candidates) {
            if (shape.coversPrepared(lat, lon, point)) {
                found.add(shape.zone);
            }
        }
        return found;
    }

    @Override
    public List<ZoneDistance> within(double lat, double lon, double meters) {
        if (!ZoneDistances.validQuery(lat, lon) || !(meters >= 0)) {
            return List.of();
        }
        return ZoneDistances.rank(candidates(ZoneDistances.searchBox(lat, lon, meters)), lat, lon, meters);
    }

    @Override
    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private List<ZoneShape> candidates(Envelope box) {
        List<ZoneShape> candidates = tree.query(box);
        if (candidates.size() > 1) {
            candidates.sort(BY_ORDINAL);
        }
        return candidates;
    }
}
