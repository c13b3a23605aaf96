package org.patrolgrid.web.evaluation;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.CsvWriter;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.api.ShanghaiDay;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.EvaluationStore;
import org.patrolgrid.web.store.EvaluationStore.Counts;
import org.patrolgrid.web.store.EvaluationStore.GroupBy;

/**
 * {@code GET /api/v1/evaluation?from=YYYY-MM-DD&to=YYYY-MM-DD&by=person|unit|district[&format=csv]} (考核数据): per
 * group over the Asia/Shanghai days from {@code from} to {@code to}, both included. {@code attendanceRate} is
 * (present + late) / decided shifts, where decided means present, late, absent, early_leave or incomplete (shifts still
 * scheduled or on duty do not count yet); null when nothing is decided. {@code averageCoverage} is the mean coverage
 * of the decided shifts; {@code alerts} counts the alerts opened in the period, of every kind.
 */
public final class EvaluationResource {
    /** The longest period one request may cover. */
    public static final int MAX_DAYS = 366;

    static final List<String> CSV_HEADER = List.of(
            "key",
            "name",
            "shifts",
            "present",
            "late",
            "absent",
            "earlyLeave",
            "incomplete",
            "attendanceRate",
            "offPostMinutes",
            "averageCoverage",
            "alerts");

    private final EvaluationStore evaluation;
    private final Clock clock;

    public EvaluationResource(EvaluationStore evaluation, Clock clock) {
        this.evaluation = evaluation;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/evaluation").handler(this::route);
    }

    private void route(RoutingContext ctx) {
        try {
            ShanghaiDay from = ShanghaiDay.parse("from", required(ctx, "from"), clock);
            String toParam = ctx.request().getParam("to");
            ShanghaiDay to = toParam == null ? from : ShanghaiDay.parse("to", toParam, clock);
            long days = ChronoUnit.DAYS.between(from.date(), to.date());
            if (days < 0 || days >= MAX_DAYS) {
                throw ApiFault.badRequest("to must be on or after from, at most " + MAX_DAYS + " days");
            }
            GroupBy by = groupBy(ctx.request().getParam("by"));
            Supplier<Future<List<Counts>>> counts =
                    () -> evaluation.counts(AuthHandler.scope(ctx), by, from.start(), to.end());
            if (Replies.wantsCsv(ctx)) {
                String name = "evaluation-" + by.name().toLowerCase(Locale.ROOT) + "-" + from.date() + "-" + to.date();
                Replies.handleCsv(ctx, name + ".csv", () -> counts.get().map(EvaluationResource::csv));
            } else {
                Replies.handle(ctx, 200, () -> counts.get().map(EvaluationResource::json));
            }
        } catch (ApiFault e) {
            ctx.fail(e);
        }
    }

    private static String required(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        if (value == null || value.isBlank()) {
            throw ApiFault.badRequest(name + " is required (YYYY-MM-DD)");
        }
        return value;
    }

    private static GroupBy groupBy(String by) {
        if (by == null) {
            return GroupBy.PERSON;
        }
        return switch (by) {
            case "person" -> GroupBy.PERSON;
            case "unit" -> GroupBy.UNIT;
            case "district" -> GroupBy.DISTRICT;
            default -> throw ApiFault.badRequest("by must be person, unit or district");
        };
    }

    /** (present + late) / decided, or null when no shift is decided. */
    static Double attendanceRate(Counts counts) {
        return counts.decided() == 0 ? null : (counts.present() + counts.late()) / (double) counts.decided();
    }

    private static JsonArray json(List<Counts> rows) {
        JsonArray out = new JsonArray();
        for (Counts row : rows) {
            out.add(new JsonObject()
                    .put("key", row.key())
                    .put("name", row.name())
                    .put("shifts", row.shifts())
                    .put("present", row.present())
                    .put("late", row.late())
                    .put("absent", row.absent())
                    .put("earlyLeave", row.earlyLeave())
                    .put("incomplete", row.incomplete())
                    .put("attendanceRate", attendanceRate(row))
                    .put("offPostMinutes", row.offPostMinutes())
                    .put("averageCoverage", row.averageCoverage())
                    .put("alerts", row.alerts()));
        }
        return out;
    }

    private static Buffer csv(List<Counts> rows) {
        CsvWriter out = new CsvWriter(CSV_HEADER);
        for (Counts row : rows) {
            out.text(row.key())
                    .text(row.name())
                    .number(row.shifts())
                    .number(row.present())
                    .number(row.late())
                    .number(row.absent())
                    .number(row.earlyLeave())
                    .number(row.incomplete())
                    .number(attendanceRate(row))
                    .number(row.offPostMinutes())
                    .number(row.averageCoverage())
                    .number(row.alerts())
                    .endLine();
        }
        return out.finish();
    }
}
