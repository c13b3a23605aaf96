package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rasters of all zones per coarse cell, then freezes them into {@link CoarseCell}s. Zones must be added
 * in index order.
 */
final class CellTableBuilder {
    private static final int MAX_PALETTE = 256;
    /** Zones per coarse cell whose fine states fit a 64-bit signature; more than that get checked exactly. */
    private static final int MAX_MIXED = 32;

    private static final byte[] ALL_EDGE = filled(ZoneRaster.EDGE);

    private final Map<String, CellAnswer> answers = new HashMap<>();
    private final LongObjectMap<Pending> pending = new LongObjectMap<>(1024);

    private static final class Pending {
        final List<ZoneShape> shapes = new ArrayList<>(4);
        final List<byte[]> states = new ArrayList<>(4);
        boolean anyMixed;
    }

    void add(ZoneShape shape) {
        ZoneRaster raster = ZoneRaster.of(shape.zone.footprint());
        for (Long key : raster.inside) {
            Pending p = pending.getOrCreate(key, Pending::new);
            p.shapes.add(shape);
            p.states.add(shape.alwaysExact() ? ALL_EDGE : null);
            p.anyMixed |= shape.alwaysExact();
        }
        raster.mixed.forEach((key, states) -> {
            if (shape.alwaysExact()) {
                for (int i = 0; i < states.length; i++) {
                    states[i] = states[i] == ZoneRaster.IN ? ZoneRaster.EDGE : states[i];
                }
            }
            Pending p = pending.getOrCreate(key, Pending::new);
            p.shapes.add(shape);
            p.states.add(states);
            p.anyMixed = true;
        });
    }

    LongObjectMap<CoarseCell> build() {
        var cells = new LongObjectMap<CoarseCell>(pending.size());
        pending.forEach((key, p) -> cells.put(key, freeze(p)));
        return cells;
    }

    private CoarseCell freeze(Pending p) {
        p.shapes.sort((a, b) -> Integer.compare(a.ordinal, b.ordinal)); // keeps states aligned below
        if (!p.anyMixed) {
            return new CoarseCell(intern(p.shapes, List.of()));
        }
        byte[][] states = alignedStates(p);
        if (states.length > MAX_MIXED) {
            return new CoarseCell(allEdges(p.shapes, states));
        }
        long[] signatures = new long[MAX_PALETTE];
        List<CellAnswer> palette = new ArrayList<>();
        byte[] fine = new byte[CellKeys.FINE_CELLS];
        for (int f = 0; f < CellKeys.FINE_CELLS; f++) {
            long signature = signature(states, f);
            int index = 0;
            while (index < palette.size() && signatures[index] != signature) {
                index++;
            }
            if (index == palette.size()) {
                if (index == MAX_PALETTE) {
                    return new CoarseCell(allEdges(p.shapes, states));
                }
                signatures[index] = signature;
                palette.add(answer(p.shapes, states, f));
            }
            fine[f] = (byte) index;
        }
        if (palette.size() == 1) {
            return new CoarseCell(palette.get(0));
        }
        return new CoarseCell(palette.toArray(new CellAnswer[0]), fine);
    }

    /** The states of all zones in fine cell {@code f}, two bits each (at most {@link #MAX_MIXED} zones). */
    private static long signature(byte[][] states, int f) {
        long signature = 0;
        for (byte[] zoneStates : states) {
            signature = (signature << 2) | (zoneStates == null ? ZoneRaster.IN : zoneStates[f]);
        }
        return signature;
    }

    private static byte[][] alignedStates(Pending p) {
        // shapes were added in ordinal order, so sorting did not move them; states stay aligned
        return p.states.toArray(new byte[0][]);
    }

    private CellAnswer answer(List<ZoneShape> shapes, byte[][] states, int f) {
        List<ZoneShape> sure = new ArrayList<>();
        List<ZoneShape> edge = new ArrayList<>();
        for (int z = 0; z < shapes.size(); z++) {
            byte s = states[z] == null ? ZoneRaster.IN : states[z][f];
            if (s == ZoneRaster.IN) {
                sure.add(shapes.get(z));
            } else if (s == ZoneRaster.EDGE) {
                edge.add(shapes.get(z));
            }
        }
        return intern(sure, edge);
    }

    /** Fallback for a crowded cell: every zone that is not surely inside everywhere is checked exactly. */
    private CellAnswer allEdges(List<ZoneShape> shapes, byte[][] states) {
        List<ZoneShape> sure = new ArrayList<>();
        List<ZoneShape> edge = new ArrayList<>();
        for (int z = 0; z < shapes.size(); z++) {
            (states[z] == null ? sure : edge).add(shapes.get(z));
        }
        return intern(sure, edge);
    }

    /** One shared answer per distinct (sure, edge) pair: a grid's interior answer recurs in every cell it spans. */
    private CellAnswer intern(List<ZoneShape> sure, List<ZoneShape> edge) {
        if (sure.isEmpty() && edge.isEmpty()) {
            return CellAnswer.EMPTY;
        }
        StringBuilder key = new StringBuilder();
        sure.forEach(s -> key.append(s.ordinal).append(','));
        key.append('|');
        edge.forEach(s -> key.append(s.ordinal).append(','));
        return answers.computeIfAbsent(key.toString(), k -> new CellAnswer(sure, edge));
    }

    private static byte[] filled(byte value) {
        byte[] a = new byte[CellKeys.FINE_CELLS];
        Arrays.fill(a, value);
        return a;
    }
}
