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

    /** The condition on a {@code device} row aliased {@code alias} (columns kind, district). */
    public SqlCondition devices(String alias) {
        return switch (role) {
            case ADMIN -> SqlCondition.TRUE;
            case BUREAU -> kind(alias, "officer").and(districtsIfAny(alias));
            case INFOCENTER -> kind(alias, "collector").and(districtsIfAny(alias));
            case VIEWER -> inDistricts(alias);
        };
    }

    /** The condition on a zone row aliased {@code alias} (column district). Only district limits apply to zones. */
    public SqlCondition zones(String alias) {
        return switch (role) {
            case ADMIN -> SqlCondition.TRUE;
            case BUREAU, INFOCENTER -> districtsIfAny(alias);
            case VIEWER -> inDistricts(alias);
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
