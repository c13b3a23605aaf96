package org.patrolgrid.tracker.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DutyBacklogTest {
    @Test
    void admitsAtOnceBelowTheHighMark() {
        DutyBacklog backlog = new DutyBacklog(100, 50);
        backlog.added(99);
        assertTrue(backlog.admission().succeeded());
        assertEquals(99, backlog.waiting());
    }

    @Test
    void holdsFromTheHighMarkUntilTheLowMark() {
        DutyBacklog backlog = new DutyBacklog(100, 50);
        backlog.added(100);
        Future<Void> first = backlog.admission();
        Future<Void> second = backlog.admission();
        assertFalse(first.isComplete());
        assertEquals(2, backlog.held());

        backlog.done(40); // 60 waiting: above the low mark, still held
        assertFalse(first.isComplete());
        assertFalse(backlog.admission().isComplete(), "a new admission waits too");

        backlog.done(10); // 50: open
        assertTrue(first.succeeded());
        assertTrue(second.succeeded());
        assertEquals(0, backlog.held());
        assertTrue(backlog.admission().succeeded());
    }

    @Test
    void aHeldAdmissionOpensOnTheContextThatAskedForIt() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            DutyBacklog backlog = new DutyBacklog(10, 0);
            backlog.added(10);
            CompletableFuture<String> openedOn = new CompletableFuture<>();
            CompletableFuture<String> askedOn = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                askedOn.complete(Thread.currentThread().getName());
                backlog.admission()
                        .onSuccess(x -> openedOn.complete(Thread.currentThread().getName()));
            });
            String asker = askedOn.get(5, TimeUnit.SECONDS);
            Thread owner = new Thread(() -> backlog.done(10), "an-owner-loop");
            owner.start();
            owner.join();
            assertEquals(asker, openedOn.get(5, TimeUnit.SECONDS));
        } finally {
            vertx.close().await(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void marksMustLeaveRoom() {
        assertThrows(IllegalArgumentException.class, () -> new DutyBacklog(10, 10));
        assertThrows(IllegalArgumentException.class, () -> new DutyBacklog(10, -1));
    }
}
