package org.patrolgrid.tracker.storage;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.patrolgrid.geofence.position.Position;
import org.patrolgrid.tracker.metrics.IngestMetrics;

/**
 * Group commit of positions. Each caller's positions join the next statement; while one statement is in flight the
 * following ones queue up, so the batch grows with the load and each commit is one round trip. A caller's future
 * completes only after its rows are durable, and futures complete in the order they were given (so PUBACKs keep
 * the order of their PUBLISHes).
 *
 * <p>Thin commits are paced: when the previous commit and the rows waiting are both fewer than {@link #ENOUGH_ROWS},
 * the next commit starts no sooner than {@code linger} after the previous one ended. An idle writer commits at once,
 * and so does a busy one (its commits are full); under moderate load, where a commit takes about a millisecond and
 * would otherwise carry a handful of rows, it carries what arrives during the linger instead, for at most
 * {@code linger} more latency. PostgreSQL spends much of its time per commit rather than per row. (Pacing on the
 * waiting rows alone cost 15-25 % of the saturated rate: right after a commit few rows wait even at saturation.)
 *
 * <p>Not thread-safe: one writer per event loop, used only from there.
 */
public final class PositionWriter {
    /** A commit of this many rows starts without waiting out the linger: its per-commit cost is spread thin enough. */
    static final int ENOUGH_ROWS = 64;

    private record Pending(List<Position> positions, Promise<Void> done) {}

    private final Vertx vertx;
    private final SqlClient client;
    private final int maxRows;
    private final long lingerNanos;
    private final IngestMetrics metrics;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int queuedRows;
    private boolean flushing;
    private boolean paced;
    private long pacingTimer;
    private long lastCommitEnded;
    private int lastCommitRows;
    private final List<Promise<Void>> drainWaiters = new ArrayList<>();

    public PositionWriter(Vertx vertx, SqlClient client, int maxRows, Duration linger, IngestMetrics metrics) {
        this.vertx = vertx;
        this.client = client;
        this.maxRows = maxRows;
        this.lingerNanos = linger.toNanos();
        this.metrics = metrics;
        this.lastCommitEnded = System.nanoTime() - lingerNanos;
    }

    /** Stores the positions; the future completes once they are committed (duplicates count as stored). */
    public Future<Void> store(List<Position> positions) {
        if (positions.isEmpty()) {
            return Future.succeededFuture();
        }
        Promise<Void> done = Promise.promise();
        queue.add(new Pending(positions, done));
        queuedRows += positions.size();
        if (!flushing) {
            next();
        } else if (paced && queuedRows >= enoughRows()) {
            vertx.cancelTimer(pacingTimer);
            paced = false;
            flush();
        }
        return done.future();
    }

    /**
     * Starts the next commit now, or paces it to the linger after the last one. {@code flushing} holds from here until
     * the queue is found empty; {@code paced} while the timer runs.
     */
    private void next() {
        if (queue.isEmpty()) {
            flushing = false;
            drainWaiters.forEach(Promise::complete);
            drainWaiters.clear();
            return;
        }
        flushing = true;
        long wait = lingerNanos - (System.nanoTime() - lastCommitEnded);
        if (wait <= 0 || queuedRows >= enoughRows() || lastCommitRows >= enoughRows()) {
            flush();
        } else {
            paced = true;
            pacingTimer = vertx.setTimer(Math.max(1, wait / 1_000_000), id -> {
                paced = false;
                flush();
            });
        }
    }

    private int enoughRows() {
        return Math.min(ENOUGH_ROWS, maxRows);
    }

    /** Commits the queue's head, up to {@code maxRows} rows (at least one caller's positions). */
    private void flush() {
        List<Pending> group = new ArrayList<>();
        List<Position> rows = new ArrayList<>();
        while (!queue.isEmpty()
                && (rows.isEmpty() || rows.size() + queue.peek().positions().size() <= maxRows)) {
            Pending p = queue.poll();
            group.add(p);
            rows.addAll(p.positions());
        }
        queuedRows -= rows.size();
        long started = System.nanoTime();
        client.preparedQuery(PositionInsert.SQL)
                .execute(PositionInsert.bind(rows))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        long inserted = result.result().iterator().next().getLong(0);
                        metrics.committed(rows.size(), (int) inserted, System.nanoTime() - started);
                        group.forEach(p -> p.done().complete());
                    } else {
                        metrics.commitFailed();
                        group.forEach(p -> p.done().fail(result.cause()));
                    }
                    lastCommitEnded = System.nanoTime();
                    lastCommitRows = rows.size();
                    next();
                });
    }

    /**
     * Completes once every position handed over so far is committed (or failed): for a clean shutdown, which does not
     * wait out a linger.
     */
    public Future<Void> drained() {
        if (!flushing && queue.isEmpty()) {
            return Future.succeededFuture();
        }
        if (paced) {
            vertx.cancelTimer(pacingTimer);
            paced = false;
            flush();
        }
        Promise<Void> p = Promise.promise();
        drainWaiters.add(p);
        return p.future();
    }

    /** Rows waiting for the next commit. */
    public int queuedRows() {
        return queuedRows;
    }
}
