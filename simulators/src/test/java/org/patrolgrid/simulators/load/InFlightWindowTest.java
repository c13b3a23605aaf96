package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InFlightWindowTest {
    @Test
    void boundsMessagesInFlight() {
        InFlightWindow window = new InFlightWindow(2);
        window.reserve();
        window.assign(1, 100, 110);
        assertTrue(window.hasRoom());
        window.reserve();
        assertFalse(window.hasRoom(), "a reserved slot counts");
        window.assign(2, 200, 210);
        assertFalse(window.hasRoom());
        assertEquals(350, window.acknowledge(1, 450));
        assertTrue(window.hasRoom());
        assertEquals(1, window.inFlight());
    }

    @Test
    void unknownAcknowledgementIsIgnored() {
        InFlightWindow window = new InFlightWindow(2);
        window.reserve();
        window.assign(1, 100, 100);
        assertEquals(InFlightWindow.UNKNOWN, window.acknowledge(9, 500));
        assertEquals(1, window.inFlight());
    }

    @Test
    void acknowledgementOvertakingTheAssignmentIsMatched() {
        InFlightWindow window = new InFlightWindow(3);
        window.reserve();
        assertEquals(InFlightWindow.UNKNOWN, window.acknowledge(5, 300));
        assertEquals(150, window.assign(5, 200, 350));
        assertEquals(0, window.inFlight());
    }

    @Test
    void expiresOldMessages() {
        InFlightWindow window = new InFlightWindow(4);
        for (int id = 1; id <= 3; id++) {
            window.reserve();
            window.assign(id, id * 100L, id * 100L);
        }
        assertEquals(2, window.expire(250));
        assertEquals(1, window.inFlight());
        assertEquals(50, window.acknowledge(3, 350));
    }

    @Test
    void clearCountsReservedAndAssignedAndIgnoresLateCallbacks() {
        InFlightWindow window = new InFlightWindow(4);
        window.reserve();
        window.assign(1, 0, 0);
        window.reserve();
        assertEquals(2, window.clear());
        assertEquals(InFlightWindow.UNKNOWN, window.assign(2, 0, 0));
        window.release();
        assertEquals(0, window.inFlight());
    }
}
