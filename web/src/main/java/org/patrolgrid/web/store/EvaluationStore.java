package org.patrolgrid.web.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolgrid.web.auth.Scope;

/**
 * Aggregates attendance and alerts over a period per person (device), unit or district, for the visible devices.
 * Shifts count in the period they start in; alerts in the period they open in.
 */
public final class EvaluationStore {
    /** What the figures are grouped by, with the device column that names a group. */
    public enum GroupBy {
        PERSON("d.id"),
        UNIT("d.unit"),
        DISTRICT("d.district");

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }
    }

    /** Counts of one group ({@code name} is the person's name, null for units and districts); {@code decided} shifts are those with a final status. */
    public record Counts(
            String key,
            String name,
            long shifts,
            long present,
            long late,
            long absent,
            long earlyLeave,
            long incomplete,
            long decided,
            double offPostMinutes,
            Double averageCoverage,
            long alerts) {}

    private static final String DECIDED = "a.status in ('present', 'late', 'absent', 'early_leave', 'incomplete')";

    private final Pool pool;

    public EvaluationStore(Pool pool) {
        this.pool = pool;
    }

    /** One row per group with shifts or alerts in [from, to), by key. */
    public Future<List<Counts>> counts(Scope scope, GroupBy by, Instant from, Instant to) {
        String name = by == GroupBy.PERSON ? "min(d.name)" : "null::text";
        SqlQuery shifts = SqlQuery.of("select " + by.column + " as key, " + name + " as name, count(*) as shifts,"
                        + " count(*) filter (where a.status = 'present') as present,"
                        + " count(*) filter (where a.status = 'late') as late,"
                        + " count(*) filter (where a.status = 'absent') as absent,"
                        + " count(*) filter (where a.status = 'early_leave') as early_leave,"
                        + " count(*) filter (where a.status = 'incomplete') as incomplete,"
                        + " count(*) filter (where " + DECIDED + ") as decided,"
                        + " coalesce(sum(a.off_post_minutes), 0) as off_post,"
                        + " avg(a.coverage) filter (where " + DECIDED + ") as coverage"
                        + " from shift s join device d on d.id = s.device left join attendance a on a.shift = s.id")
                .where("s.start_at >= ? and s.start_at < ?", from, to)
                .where(scope.devices("d"))
                .append(" group by " + by.column);
        SqlQuery alerts = SqlQuery.of("select " + by.column + " as key, " + name + " as name, count(*) as alerts"
                        + " from alert al join device d on d.id = al.device")
                .where("al.opened_at >= ? and al.opened_at < ?", from, to)
                .where(scope.devices("d"))
                .append(" group by " + by.column);
        return pool.preparedQuery(shifts.sql()).execute(shifts.tuple()).compose(shiftRows -> pool.preparedQuery(
                        alerts.sql())
                .execute(alerts.tuple())
                .map(alertRows -> {
                    Map<String, Counts> byKey = new TreeMap<>();
                    shiftRows.forEach(row -> byKey.put(row.getString("key"), counts(row)));
                    alertRows.forEach(
                            row -> byKey.merge(row.getString("key"), alertsOnly(row), EvaluationStore::withAlerts));
                    return new ArrayList<>(byKey.values());
                }));
    }

    private static Counts counts(Row row) {
        return new Counts(
                row.getString("key"),
                row.getString("name"),
                row.getLong("shifts"),
                row.getLong("present"),
                row.getLong("late"),
                row.getLong("absent"),
                row.getLong("early_leave"),
                row.getLong("incomplete"),
                row.getLong("decided"),
                row.getDouble("off_post"),
                row.getDouble("coverage"),
                0);
    }

    private static Counts alertsOnly(Row row) {
        return new Counts(
                row.getString("key"), row.getString("name"), 0, 0, 0, 0, 0, 0, 0, 0, null, row.getLong("alerts"));
    }

    private static Counts withAlerts(Counts shifts, Counts alerts) {
        return new Counts(
                shifts.key(),
                shifts.name(),
                shifts.shifts(),
                shifts.present(),
                shifts.late(),
                shifts.absent(),
                shifts.earlyLeave(),
                shifts.incomplete(),
                shifts.decided(),
                shifts.offPostMinutes(),
                shifts.averageCoverage(),
                alerts.alerts());
    }
}
