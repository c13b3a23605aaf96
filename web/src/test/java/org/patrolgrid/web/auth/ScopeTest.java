package org.patrolgrid.web.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.store.SqlCondition;
import org.patrolgrid.web.store.SqlQuery;

class ScopeTest {
    @Test
    void adminSeesEverything() {
        Scope admin = new Scope(Role.ADMIN, List.of("330402"));
        assertTrue(admin.devices("d").isTrue());
        assertTrue(admin.zones("z").isTrue());
        admin.requireAdmin();
    }

    @Test
    void bureauSeesOfficersAndInfocenterCollectors() {
        SqlCondition bureau = new Scope(Role.BUREAU, List.of()).devices("d");
        assertEquals("d.kind = ?", bureau.sql());
        assertEquals(List.of("officer"), bureau.values());
        SqlCondition infocenter = new Scope(Role.INFOCENTER, List.of()).devices("dev");
        assertEquals("dev.kind = ?", infocenter.sql());
        assertEquals(List.of("collector"), infocenter.values());
        assertTrue(new Scope(Role.BUREAU, List.of()).zones("z").isTrue());
    }

    @Test
    void bureauWithDistrictsIsAlsoLimitedToThem() {
        SqlCondition condition = new Scope(Role.BUREAU, List.of("330402")).devices("d");
        assertEquals("(d.kind = ?) and (d.district = any(?))", condition.sql());
        assertEquals("officer", condition.values().get(0));
        assertArrayEquals(new String[] {"330402"}, (String[]) condition.values().get(1));
    }

    @Test
    void viewerSeesOnlyItsDistrictsOfDevicesAndZones() {
        Scope viewer = new Scope(Role.VIEWER, List.of("330402", "330411"));
        SqlCondition devices = viewer.devices("d");
        assertEquals("d.district = any(?)", devices.sql());
        assertArrayEquals(
                new String[] {"330402", "330411"}, (String[]) devices.values().get(0));
        assertEquals("z.district = any(?)", viewer.zones("z").sql());
    }

    @Test
    void viewerWithoutDistrictsMatchesNothingRatherThanEverything() {
        SqlCondition devices = new Scope(Role.VIEWER, List.of()).devices("d");
        assertEquals("d.district = any(?)", devices.sql());
        assertEquals(0, ((String[]) devices.values().get(0)).length);
    }

    @Test
    void inMemoryRuleMatchesTheSqlRule() {
        // The same expectations as ScopeApiTest checks against PostgreSQL.
        String[][] devices = {
            {"collector", "330402"}, {"officer", "330402"}, {"collector", "330411"}, {"officer", "330411"}
        };
        assertAllows(new Scope(Role.ADMIN, List.of()), devices, true, true, true, true);
        assertAllows(new Scope(Role.VIEWER, List.of("330402")), devices, true, true, false, false);
        assertAllows(new Scope(Role.VIEWER, List.of()), devices, false, false, false, false);
        assertAllows(new Scope(Role.BUREAU, List.of()), devices, false, true, false, true);
        assertAllows(new Scope(Role.BUREAU, List.of("330402")), devices, false, true, false, false);
        assertAllows(new Scope(Role.INFOCENTER, List.of()), devices, true, false, true, false);
    }

    private static void assertAllows(Scope scope, String[][] devices, boolean... expected) {
        for (int i = 0; i < devices.length; i++) {
            assertEquals(
                    expected[i],
                    scope.allowsDevice(devices[i][0], devices[i][1]),
                    scope + " on " + devices[i][0] + "@" + devices[i][1]);
        }
    }

    @Test
    void inMemoryZoneRuleMatchesTheSqlRule() {
        for (Scope scope : List.of(
                new Scope(Role.ADMIN, List.of()),
                new Scope(Role.BUREAU, List.of()),
                new Scope(Role.INFOCENTER, List.of("330402")),
                new Scope(Role.VIEWER, List.of("330402")),
                new Scope(Role.VIEWER, List.of()))) {
            boolean all = scope.zones("z").isTrue();
            for (String district : List.of("330402", "330411")) {
                boolean bySql = all
                        || List.of((String[]) scope.zones("z").values().get(0)).contains(district);
                assertEquals(bySql, scope.allowsZone(district), scope + " on " + district);
            }
        }
    }

    @Test
    void onlyViewersFailRequireOperator() {
        assertEquals(
                403,
                assertThrows(ApiFault.class, () -> new Scope(Role.VIEWER, List.of("330402")).requireOperator())
                        .status());
        for (Role role : List.of(Role.ADMIN, Role.BUREAU, Role.INFOCENTER)) {
            new Scope(role, List.of()).requireOperator();
        }
    }

    @Test
    void onlyAdminPassesRequireAdmin() {
        for (Role role : List.of(Role.BUREAU, Role.INFOCENTER, Role.VIEWER)) {
            ApiFault fault = assertThrows(ApiFault.class, () -> new Scope(role, List.of()).requireAdmin());
            assertEquals(403, fault.status());
        }
    }

    @Test
    void scopeConditionsNumberAfterEarlierParameters() {
        SqlQuery query = SqlQuery.of("select * from device d")
                .where("d.id = ?", "n-1")
                .where(new Scope(Role.BUREAU, List.of("330402")).devices("d"))
                .append(" limit ?", 10);
        assertEquals(
                "select * from device d where (d.id = $1) and ((d.kind = $2) and (d.district = any($3))) limit $4",
                query.sql());
        assertEquals(4, query.tuple().size());
    }

    @Test
    void alwaysTrueConditionsLeaveNoWhereClause() {
        SqlQuery query = SqlQuery.of("select * from device d").where(Scope.all().devices("d"));
        assertEquals("select * from device d", query.sql());
        assertEquals(0, query.tuple().size());
    }
}
