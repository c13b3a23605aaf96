package org.patrolgrid.web.attendance;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import org.patrolgrid.web.api.ApiFault;
import org.patrolgrid.web.api.Encoding;
import org.patrolgrid.web.api.Replies;
import org.patrolgrid.web.api.ShanghaiDay;
import org.patrolgrid.web.auth.AuthHandler;
import org.patrolgrid.web.store.AttendanceRow;
import org.patrolgrid.web.store.AttendanceStore;

/**
 * {@code GET /api/v1/attendance?date=YYYY-MM-DD[&device=&district=&unit=][&format=csv]}: one record per visible shift
 * starting on that Asia/Shanghai day (today when absent); shifts the tracker has not decided yet are {@code
 * scheduled}.
 */
public final class AttendanceResource {
    private final Vertx vertx;
    private final AttendanceStore attendance;
    private final Clock clock;

    public AttendanceResource(Vertx vertx, AttendanceStore attendance, Clock clock) {
        this.vertx = vertx;
        this.attendance = attendance;
        this.clock = clock;
    }

    public void mount(Router router, String base) {
        router.get(base + "/attendance").handler(this::route);
    }

    private void route(RoutingContext ctx) {
        try {
            ShanghaiDay day = ShanghaiDay.parse("date", ctx.request().getParam("date"), clock);
            if (Replies.wantsCsv(ctx)) {
                Replies.handleCsv(ctx, "attendance-" + day.date() + ".csv", () -> rows(ctx, day)
                        .compose(rows -> Encoding.encode(vertx, rows.size(), () -> AttendanceViews.csv(rows))));
            } else {
                Replies.handle(ctx, 200, () -> rows(ctx, day).map(AttendanceResource::json));
            }
        } catch (ApiFault e) {
            ctx.fail(e);
        }
    }

    private Future<List<AttendanceRow>> rows(RoutingContext ctx, ShanghaiDay day) {
        var filter = new AttendanceStore.Filter(
                day.start(),
                day.end(),
                ctx.request().getParam("device"),
                ctx.request().getParam("district"),
                ctx.request().getParam("unit"));
        return attendance.list(AuthHandler.scope(ctx), filter);
    }

    private static JsonArray json(List<AttendanceRow> rows) {
        JsonArray out = new JsonArray();
        rows.forEach(row -> out.add(AttendanceViews.json(row)));
        return out;
    }
}
