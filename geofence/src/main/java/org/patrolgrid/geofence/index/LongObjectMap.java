package org.patrolgrid.geofence.index;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A small open-addressing hash map from primitive long keys to values: no boxing on lookup. Filled once while an
 * index is built, then only read, so it is safe to share once published.
 */
final class LongObjectMap<V> {
    private long[] keys;
    private Object[] values;
    private boolean[] used;
    private int mask;
    private int size;

    LongObjectMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int i = slot(key);
        while (used[i]) {
            if (keys[i] == key) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** The value for the key, first storing {@code create.get()} when there is none. */
    V getOrCreate(long key, java.util.function.Supplier<V> create) {
        V value = get(key);
        if (value == null) {
            value = create.get();
            put(key, value);
        }
        return value;
    }

    void put(long key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<Long, V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        return (int) (h ^ (h >>> 16)) & mask;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        boolean[] oldUsed = used;
        allocate(keys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new Object[capacity];
        used = new boolean[capacity];
        Arrays.fill(values, null);
        mask = capacity - 1;
    }
}
