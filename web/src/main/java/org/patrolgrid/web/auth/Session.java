package org.patrolgrid.web.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A logged-in user as carried by a verified token.
 *
 * @param username the user
 * @param role what the user may see
 * @param districts the districts (adcodes) the user is limited to; always used for viewers
 * @param expiresAt when the token stops being accepted
 */
public record Session(String username, Role role, List<String> districts, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(expiresAt, "expiresAt");
        districts = List.copyOf(districts);
    }

    /** The visibility rules that follow from this session. */
    public Scope scope() {
        return new Scope(role, districts);
    }
}
