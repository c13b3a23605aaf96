package org.patrolgrid.web.health;

/** Meter names and tag keys of the web layer, declared once. */
public final class WebMeters {
    /** Timer of HTTP requests, tagged by method, route template and status. */
    public static final String HTTP_REQUESTS = "patrolgrid.http.requests";

    /** Gauge of open live streams ({@code GET /api/v1/live/stream}). */
    public static final String LIVE_SUBSCRIBERS = "patrolgrid.live.subscribers";

    /** Counter of live events not sent because a subscriber could not keep up. */
    public static final String LIVE_DROPPED = "patrolgrid.live.dropped";

    public static final String TAG_METHOD = "method";
    public static final String TAG_ROUTE = "route";
    public static final String TAG_STATUS = "status";

    /**
     * The route tag of requests refused before a resource handled them (unknown path, login wall), so unknown paths
     * cannot blow up the tag space.
     */
    public static final String UNMATCHED = "unmatched";

    private WebMeters() {}
}
