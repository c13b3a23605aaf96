package org.patrolgrid.simulators.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BehaviourMixTest {
    @Test
    void parsedWeightsOverrideTheDefaults() {
        BehaviourMix mix = BehaviourMix.parse("late=0.5, absent=0");
        assertEquals(0.5, mix.weight(Behaviour.LATE));
        assertEquals(0, mix.weight(Behaviour.ABSENT));
        assertEquals(BehaviourMix.standard().weight(Behaviour.STATIONARY), mix.weight(Behaviour.STATIONARY));
    }

    @Test
    void badMixesAreRefusedWithTheirReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BehaviourMix.parse("sleepy=1"))
                .getMessage()
                .contains("sleepy"));
        assertThrows(IllegalArgumentException.class, () -> BehaviourMix.parse("late"));
        assertThrows(IllegalArgumentException.class, () -> BehaviourMix.parse("late=x"));
        assertThrows(IllegalArgumentException.class, () -> BehaviourMix.parse("late=-1"));
    }

    @Test
    void picksFollowTheWeightsAndSkipWhatDoesNotApply() {
        Map<Behaviour, Double> only = new EnumMap<>(Behaviour.class);
        for (Behaviour b : Behaviour.values()) {
            only.put(b, 0.0);
        }
        only.put(Behaviour.STATIONARY, 3.0);
        only.put(Behaviour.LATE, 1.0);
        BehaviourMix mix = new BehaviourMix(only);
        SplittableRandom random = new SplittableRandom(1);
        int stationary = 0;
        for (int i = 0; i < 4000; i++) {
            Behaviour area = mix.pick(random, PatrolKind.AREA);
            assertTrue(area == Behaviour.STATIONARY || area == Behaviour.LATE);
            stationary += area == Behaviour.STATIONARY ? 1 : 0;
            assertEquals(Behaviour.LATE, mix.pick(random, PatrolKind.POST)); // nobody is "stationary" on a post
        }
        assertEquals(3000, stationary, 100);
    }

    @Test
    void allZeroFallsBackToOnTime() {
        Map<Behaviour, Double> none = new EnumMap<>(Behaviour.class);
        for (Behaviour b : Behaviour.values()) {
            none.put(b, 0.0);
        }
        assertEquals(Behaviour.ON_TIME, new BehaviourMix(none).pick(new SplittableRandom(2), PatrolKind.ROUTE));
    }
}
