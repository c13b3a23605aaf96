package org.patrolgrid.tracker.pipeline;

/** What a step decided about a position: go on, or drop it with a reason (logged and counted). */
public record Verdict(boolean proceed, String reason) {
    public static final Verdict CONTINUE = new Verdict(true, null);

    public static Verdict drop(String reason) {
        return new Verdict(false, reason);
    }
}
