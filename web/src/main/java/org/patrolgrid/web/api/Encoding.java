package org.patrolgrid.web.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.concurrent.Callable;

/** Encodes large answers on a worker so that a 50,000-point track does not stall the event loop. */
public final class Encoding {
    /** Answers with more items than this are encoded on a worker. */
    public static final int INLINE_LIMIT = 2_000;

    private Encoding() {}

    /** Runs {@code encoder} inline for small answers ({@code items <= INLINE_LIMIT}), else on a worker. */
    public static Future<Buffer> encode(Vertx vertx, int items, Callable<Buffer> encoder) {
        if (items <= INLINE_LIMIT) {
            try {
                return Future.succeededFuture(encoder.call());
            } catch (Exception e) {
                return Future.failedFuture(e);
            }
        }
        return vertx.executeBlocking(encoder, false);
    }
}
