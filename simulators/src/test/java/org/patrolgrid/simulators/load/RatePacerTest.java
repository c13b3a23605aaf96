package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatePacerTest {
    private static final long MS = 1_000_000;

    @Test
    void tokensAccrueAtTheRate() {
        RatePacer pacer = new RatePacer(1000, 1, 0);
        pacer.consume(pacer.available(0));
        assertEquals(10, pacer.available(10 * MS));
        pacer.consume(10);
        assertEquals(0, pacer.available(10 * MS));
        assertEquals(5, pacer.available(15 * MS));
    }

    @Test
    void idleTimeBuildsOnlyABurst() {
        RatePacer pacer = new RatePacer(1000, 0.02, 0);
        assertEquals(20, pacer.available(10_000 * MS), "20 ms worth at most");
    }

    @Test
    void tryTakeTakesOneAtATime() {
        RatePacer pacer = new RatePacer(100, 1, 0);
        assertTrue(pacer.tryTake(0), "one token to start with");
        assertFalse(pacer.tryTake(5 * MS));
        assertTrue(pacer.tryTake(10 * MS));
    }

    @Test
    void sustainedRateMatchesOverAScriptedSecond() {
        RatePacer pacer = new RatePacer(20_000, 0.02, 0);
        long taken = 0;
        for (long t = 0; t <= 1000 * MS; t += 5 * MS) {
            int n = pacer.available(t);
            pacer.consume(n);
            taken += n;
        }
        assertTrue(Math.abs(taken - 20_000) <= 1, "taken " + taken);
    }
}
