package org.patrolgrid.simulators.load;

import java.util.Arrays;

/**
 * The unacknowledged messages of one connection, at most {@code capacity}, each with its send time.
 *
 * <p>A send first {@link #reserve}s a slot (before the packet id is known), then {@link #assign}s the packet id once
 * the client has written it. An acknowledgement that overtakes the assignment is remembered and matched on assign.
 * Small arrays and linear scans: the window holds a handful of entries.
 *
 * <p>Not thread-safe: one connection lives on one event loop.
 */
public final class InFlightWindow {
    /** Returned when an acknowledgement matches nothing in flight. */
    public static final long UNKNOWN = -1;

    private final int capacity;
    private final int[] packetIds;
    private final long[] sentNanos;
    private int size;
    private int reserved;
    private int[] earlyAcks = new int[0];

    public InFlightWindow(int capacity) {
        this.capacity = capacity;
        this.packetIds = new int[capacity];
        this.sentNanos = new long[capacity];
    }

    public boolean hasRoom() {
        return size + reserved < capacity;
    }

    public int inFlight() {
        return size + reserved;
    }

    public void reserve() {
        reserved++;
    }

    /** Gives back a reserved slot whose message was never written. */
    public void release() {
        if (reserved > 0) {
            reserved--;
        }
    }

    /**
     * Files a written message. Returns its latency when its acknowledgement already came, otherwise {@link #UNKNOWN}.
     */
    public long assign(int packetId, long sentAt, long nowNanos) {
        if (reserved == 0) {
            return UNKNOWN; // cleared meanwhile: the message was already counted as lost
        }
        reserved--;
        int early = indexOf(earlyAcks, earlyAcks.length, packetId);
        if (early >= 0) {
            earlyAcks = removeAt(earlyAcks, early);
            return nowNanos - sentAt;
        }
        packetIds[size] = packetId;
        sentNanos[size] = sentAt;
        size++;
        return UNKNOWN;
    }

    /** Removes an acknowledged message and returns its latency in nanoseconds, or {@link #UNKNOWN}. */
    public long acknowledge(int packetId, long nowNanos) {
        int i = indexOf(packetIds, size, packetId);
        if (i < 0) {
            if (reserved > 0) {
                earlyAcks = Arrays.copyOf(earlyAcks, earlyAcks.length + 1);
                earlyAcks[earlyAcks.length - 1] = packetId;
            }
            return UNKNOWN;
        }
        long latency = nowNanos - sentNanos[i];
        removeEntry(i);
        return latency;
    }

    /** Drops messages sent before {@code deadlineNanos} and returns how many. */
    public int expire(long deadlineNanos) {
        int expired = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (sentNanos[i] - deadlineNanos < 0) {
                removeEntry(i);
                expired++;
            }
        }
        return expired;
    }

    /** Empties the window (the connection is gone) and returns how many messages were lost, reserved ones included. */
    public int clear() {
        int lost = size + reserved;
        size = 0;
        reserved = 0;
        earlyAcks = new int[0];
        return lost;
    }

    private void removeEntry(int i) {
        size--;
        packetIds[i] = packetIds[size];
        sentNanos[i] = sentNanos[size];
    }

    private static int indexOf(int[] ids, int length, int packetId) {
        for (int i = 0; i < length; i++) {
            if (ids[i] == packetId) {
                return i;
            }
        }
        return -1;
    }

    private static int[] removeAt(int[] ids, int i) {
        int[] shorter = Arrays.copyOf(ids, ids.length - 1);
        System.arraycopy(ids, i + 1, shorter, i, ids.length - i - 1);
        return shorter;
    }
}
