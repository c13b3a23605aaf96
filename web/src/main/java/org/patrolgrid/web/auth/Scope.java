package org.patrolgrid.web.auth;

import java.util.List;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.store.SqlCondition;

/**
 * What a session may see, expressed as SQL conditions so that queries fetch only visible rows.
 *
 * <ul>
 *   <li>{@code admin} sees everything;
 *   <li>{@code bureau} sees officers, {@code infocenter} sees collectors, each limited to its districts when it has
 *       any;
 *   <li>{@code viewer} sees only the devices and zones of its districts (none when it has no district).
 * </ul>
 */
public record Scope(Role role, List<String> districts) {
    public Scope {
        districts = List.copyOf(districts);
    }

    /** A scope that sees everything, for internal callers. */
    public static Scope all() {
        return new Scope(Role.ADMIN, List.of());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Refuses with 403 unless this is an admin. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw ApiFault.forbidden("admin only");
        }
    }

    /** Refuses with 403 a viewer: viewers only look; the other roles act on what they see. */
    public void requireOperator() {
        if (role == Role.VIEWER) {
            throw ApiFault.forbidden("viewers cannot change anything");
        }
    }

    /** The condition on a {@code device} row aliased {@code alias} (columns kind, district). */
    public SqlCondition devices(String alias) {
        return switch (role) {
            case ADMIN -> SqlCondition.TRUE;
            case BUREAU -> kind(alias, "officer").and(districtsIfAny(alias));
            case INFOCENTER -> kind(alias, "collector").and(districtsIfAny(alias));
            case VIEWER -> inDistricts(alias);
        };
    }

    /**
     * The same rule as {@link #devices(String)}, for a device already in memory (live streams). Keep the two in step:
     * ScopeTest checks them against each other.
     */
    public boolean allowsDevice(String kind, String district) {
        return switch (role) {
            case ADMIN -> true;
            case BUREAU -> "officer".equals(kind) && inDistrictsIfAny(district);
            case INFOCENTER -> "collector".equals(kind) && inDistrictsIfAny(district);
            case VIEWER -> districts.contains(district);
        };
    }

    private boolean inDistrictsIfAny(String district) {
        return districts.isEmpty() || districts.contains(district);
    }

    /** The condition on a zone row aliased {@code alias} (column district). Only district limits apply to zones. */
    public SqlCondition zones(String alias) {
        return switch (role) {
            case ADMIN -> SqlCondition.TRUE;
            case BUREAU, INFOCENTER -> districtsIfAny(alias);
            case VIEWER -> inDistricts(alias);
        };
    }

    /** The same rule as {@link #zones(String)}, for a zone already in memory (the zone index). */
    public boolean allowsZone(String district) {
        return switch (role) {
            case ADMIN -> true;
            case BUREAU, INFOCENTER -> inDistrictsIfAny(district);
            case VIEWER -> districts.contains(district);
        };
    }

    private static SqlCondition kind(String alias, String kind) {
        return SqlCondition.of(alias + ".kind = ?", kind);
    }

    private SqlCondition districtsIfAny(String alias) {
        return districts.isEmpty() ? SqlCondition.TRUE : inDistricts(alias);
    }

    private SqlCondition inDistricts(String alias) {
        return SqlCondition.of(alias + ".district = any(?)", (Object) districts.toArray(String[]::new));
    }
}
