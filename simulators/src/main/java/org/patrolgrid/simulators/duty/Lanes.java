package org.patrolgrid.simulators.duty;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs {@code count} requests with at most {@code lanes} in flight: lane {@code k} runs items {@code k},
 * {@code k + lanes}, ... one after another, so the server is never flooded. Prints a progress line every
 * {@link #PROGRESS_MS} and a last one when done. The first failure fails the whole run.
 */
public final class Lanes {
    static final long PROGRESS_MS = 2000;

    private final Vertx vertx;
    private final int lanes;
    private final PrintStream progress;

    public Lanes(Vertx vertx, int lanes, PrintStream progress) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1");
        }
        this.vertx = vertx;
        this.lanes = lanes;
        this.progress = progress;
    }

    public Future<Void> run(String label, int count, IntFunction<Future<?>> item) {
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        long timer = vertx.setPeriodic(PROGRESS_MS, t -> report(label, done.get(), count, started));
        List<Future<Void>> running = new ArrayList<>();
        for (int lane = 0; lane < Math.min(lanes, count); lane++) {
            Future<Void> chain = Future.succeededFuture();
            for (int i = lane; i < count; i += lanes) {
                int index = i;
                chain = chain.compose(v -> item.apply(index)).map(v -> {
                    done.incrementAndGet();
                    return null;
                });
            }
            running.add(chain);
        }
        return Future.all(running).<Void>mapEmpty().andThen(ar -> {
            vertx.cancelTimer(timer);
            report(label, done.get(), count, started);
        });
    }

    private void report(String label, int done, int count, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.printf("%s %d/%d in %.1fs (%.0f/s)%n", label, done, count, seconds, done / Math.max(seconds, 1e-3));
    }
}
