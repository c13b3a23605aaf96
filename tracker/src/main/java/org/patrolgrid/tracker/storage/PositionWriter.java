package org.patrolgrid.tracker.storage;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlClient;
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
 * <p>Not thread-safe: one writer per event loop, used only from there.
 */
public final class PositionWriter {
    private record Pending(List<Position> positions, Promise<Void> done) {}

    private final SqlClient client;
    private final int maxRows;
    private final IngestMetrics metrics;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean flushing;
    private final List<Promise<Void>> drainWaiters = new ArrayList<>();

    public PositionWriter(SqlClient client, int maxRows, IngestMetrics metrics) {
        this.client = client;
        this.maxRows = maxRows;
        this.metrics = metrics;
    }

    /** Stores the positions; the future completes once they are committed (duplicates count as stored). */
    public Future<Void> store(List<Position> positions) {
        if (positions.isEmpty()) {
            return Future.succeededFuture();
        }
        Promise<Void> done = Promise.promise();
        queue.add(new Pending(positions, done));
        if (!flushing) {
            flush();
        }
        return done.future();
    }

    private void flush() {
        List<Pending> group = new ArrayList<>();
        List<Position> rows = new ArrayList<>();
        while (!queue.isEmpty()
                && (rows.isEmpty() || rows.size() + queue.peek().positions().size() <= maxRows)) {
            Pending p = queue.poll();
            group.add(p);
            rows.addAll(p.positions());
        }
        if (group.isEmpty()) {
            flushing = false;
            drainWaiters.forEach(Promise::complete);
            drainWaiters.clear();
            return;
        }
        flushing = true;
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
                    flush();
                });
    }

    /** Completes once every position handed over so far is committed (or failed): for a clean shutdown. */
    public Future<Void> drained() {
        if (!flushing && queue.isEmpty()) {
            return Future.succeededFuture();
        }
        Promise<Void> p = Promise.promise();
        drainWaiters.add(p);
        return p.future();
    }

    /** Rows waiting for the next commit. */
    public int queuedRows() {
        return queue.stream().mapToInt(p -> p.positions().size()).sum();
    }
}
