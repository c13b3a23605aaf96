package org.patrolgrid.simulators.staff;

/** How a shift's zone is worked: walking a patrol area, standing a post, or riding a route. */
public enum PatrolKind {
    AREA,
    POST,
    ROUTE
}
