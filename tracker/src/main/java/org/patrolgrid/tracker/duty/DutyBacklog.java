package org.patrolgrid.tracker.duty;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Positions handed to this node's owners and not yet through their pipeline, and the gate that keeps that number
 * bounded. Ingest hands positions over without waiting for the owners, so without a bound a saturated owner would
 * queue without end; instead, above {@code high} positions ingest holds its QoS 1/2 acknowledgements
 * ({@link #admission}) until the owners are back under {@code low}, and the devices' in-flight windows slow them down.
 * Safe from any thread.
 */
public final class DutyBacklog {
    private final long high;
    private final long low;
    private final AtomicLong waiting = new AtomicLong();
    /** Each held admission opens on the context that asked for it. */
    private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

    private volatile boolean closed;

    public DutyBacklog(long high, long low) {
        if (low < 0 || low >= high) {
            throw new IllegalArgumentException("need 0 <= low < high, got low " + low + ", high " + high);
        }
        this.high = high;
        this.low = low;
    }

    /** Positions handed to an owner. */
    public void added(int positions) {
        long now = waiting.addAndGet(positions);
        if (now >= high) {
            closed = true;
        }
    }

    /** Positions an owner has taken through its pipeline (or set aside for a shift being loaded). */
    public void done(int positions) {
        long now = waiting.addAndGet(-positions);
        if (closed && now <= low) {
            closed = false;
            Runnable open;
            while ((open = held.poll()) != null) {
                open.run();
            }
        }
    }

    /**
     * Completes at once while the owners keep up; otherwise once they are back under the low mark, on the caller's
     * context.
     */
    public Future<Void> admission() {
        if (!closed) {
            return Future.succeededFuture();
        }
        Promise<Void> p = Promise.promise();
        Context context = Vertx.currentContext();
        held.add(context == null ? p::tryComplete : () -> context.runOnContext(v -> p.tryComplete()));
        if (!closed) { // opened between the check and the add
            p.tryComplete();
        }
        return p.future();
    }

    public long waiting() {
        return waiting.get();
    }

    public int held() {
        return held.size();
    }
}
