package org.patrolgrid.geofence.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rasters of all zones per coarse cell, then freezes them into {@link CoarseCell}s. Zones must be added
 * in index order.
 */
final class CellTableBuilder {
    private static final int MAX_PALETTE = 256;
    private static final byte[] ALL_EDGE = filled(ZoneRaster.EDGE);

    private final Map<Long, Pending> pending = new LinkedHashMap<>();

    private static final class Pending {
        final List<ZoneShape> shapes = new ArrayList<>(4);
        final List<byte[]> states = new ArrayList<>(4);
        boolean anyMixed;
    }

    void add(ZoneShape shape) {
        ZoneRaster raster = ZoneRaster.of(shape.zone.footprint());
        for (Long key : raster.inside) {
            Pending p = pending.computeIfAbsent(key, k -> new Pending());
            p.shapes.add(shape);
            p.states.add(shape.alwaysExact() ? ALL_EDGE : null);
            p.anyMixed |= shape.alwaysExact();
        }
        for (Map.Entry<Long, byte[]> e : raster.mixed.entrySet()) {
            byte[] states = e.getValue();
            if (shape.alwaysExact()) {
                for (int i = 0; i < states.length; i++) {
                    states[i] = states[i] == ZoneRaster.IN ? ZoneRaster.EDGE : states[i];
                }
            }
            Pending p = pending.computeIfAbsent(e.getKey(), k -> new Pending());
            p.shapes.add(shape);
            p.states.add(states);
            p.anyMixed = true;
        }
    }

    LongObjectMap<CoarseCell> build() {
        var cells = new LongObjectMap<CoarseCell>(pending.size());
        for (Map.Entry<Long, Pending> e : pending.entrySet()) {
            cells.put(e.getKey(), freeze(e.getValue()));
        }
        return cells;
    }

    private static CoarseCell freeze(Pending p) {
        p.shapes.sort((a, b) -> Integer.compare(a.ordinal, b.ordinal)); // keeps states aligned below
        if (!p.anyMixed) {
            return new CoarseCell(new CellAnswer(p.shapes, List.of()));
        }
        byte[][] states = alignedStates(p);
        Map<String, Integer> seen = new HashMap<>();
        List<CellAnswer> palette = new ArrayList<>();
        byte[] fine = new byte[CellKeys.FINE_CELLS];
        char[] signature = new char[states.length];
        for (int f = 0; f < CellKeys.FINE_CELLS; f++) {
            for (int z = 0; z < states.length; z++) {
                signature[z] = (char) (states[z] == null ? ZoneRaster.IN : states[z][f]);
            }
            final int cell = f;
            int index = seen.computeIfAbsent(new String(signature), k -> {
                palette.add(answer(p.shapes, states, cell));
                return palette.size() - 1;
            });
            if (index >= MAX_PALETTE) {
                return new CoarseCell(allEdges(p.shapes, states));
            }
            fine[f] = (byte) index;
        }
        if (palette.size() == 1) {
            return new CoarseCell(palette.get(0));
        }
        return new CoarseCell(palette.toArray(new CellAnswer[0]), fine);
    }

    private static byte[][] alignedStates(Pending p) {
        // shapes were added in ordinal order, so sorting did not move them; states stay aligned
        return p.states.toArray(new byte[0][]);
    }

    private static CellAnswer answer(List<ZoneShape> shapes, byte[][] states, int f) {
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
        return sure.isEmpty() && edge.isEmpty() ? CellAnswer.EMPTY : new CellAnswer(sure, edge);
    }

    /** Fallback for a crowded cell: every zone that is not surely inside everywhere is checked exactly. */
    private static CellAnswer allEdges(List<ZoneShape> shapes, byte[][] states) {
        List<ZoneShape> sure = new ArrayList<>();
        List<ZoneShape> edge = new ArrayList<>();
        for (int z = 0; z < shapes.size(); z++) {
            (states[z] == null ? sure : edge).add(shapes.get(z));
        }
        return new CellAnswer(sure, edge);
    }

    private static byte[] filled(byte value) {
        byte[] a = new byte[CellKeys.FINE_CELLS];
        Arrays.fill(a, value);
        return a;
    }
}
