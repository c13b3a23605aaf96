package org.patrolgrid.web.device;

import java.time.Duration;
import java.time.Instant;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.QueryParams;

/**
 * The window of a track request: {@code from <= ts < to}, at most {@code limit} fixes. Defaults: {@code to} now,
 * {@code from} 24 h before {@code to}, limit {@link #MAX_LIMIT}.
 */
public record TrackQuery(Instant from, Instant to, int limit) {
    public static final int MAX_LIMIT = 50_000;
    public static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    /** Reads the query parameters (null when absent); 400 when unreadable or when {@code from} is not before {@code to}. */
    public static TrackQuery parse(String from, String to, String limit, Instant now) {
        Instant end = QueryParams.instant("to", to, now);
        Instant start = QueryParams.instant("from", from, end.minus(DEFAULT_SPAN));
        if (!start.isBefore(end)) {
            throw ApiFault.badRequest("from must be before to");
        }
        return new TrackQuery(start, end, QueryParams.positiveInt("limit", limit, MAX_LIMIT, MAX_LIMIT));
    }
}
