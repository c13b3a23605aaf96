package org.patrolgrid.web.auth;

import java.util.Locale;
import java.util.Optional;

/** What a user may see: {@code admin} everything, {@code bureau} officers, {@code infocenter} collectors. */
public enum Role {
    ADMIN,
    BUREAU,
    INFOCENTER,
    VIEWER;

    /** The name used in JSON and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this wire name, if any. */
    public static Optional<Role> parse(String wireName) {
        for (Role role : values()) {
            if (role.wireName().equals(wireName)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
