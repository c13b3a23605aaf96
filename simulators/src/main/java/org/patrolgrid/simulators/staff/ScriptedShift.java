package org.patrolgrid.simulators.staff;

import java.util.List;

/**
 * A scripted shift: the device's fixes in fix-time order and the expected outcome; {@code clear} is false when the
 * walk ended in the no-man's-land between the completeness margins (see {@link ShiftTruth}).
 */
public record ScriptedShift(Behaviour behaviour, List<SimFix> fixes, Expectation expected, boolean clear) {
    public ScriptedShift {
        fixes = List.copyOf(fixes);
    }
}
