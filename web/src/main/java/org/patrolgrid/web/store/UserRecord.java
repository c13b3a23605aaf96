package org.patrolgrid.web.store;

import java.util.List;
import org.patrolgrid.web.auth.Role;

/** A row of {@code app_user}. */
public record UserRecord(String username, String passwordHash, Role role, List<String> districts) {
    public UserRecord {
        districts = List.copyOf(districts);
    }
}
