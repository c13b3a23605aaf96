package org.patrolgrid.simulators;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.patrolgrid.simulators.scenario.ApiEndpoint;
import org.patrolgrid.simulators.scenario.Scenario;
import org.patrolgrid.simulators.scenario.ScenarioCheck;
import org.patrolgrid.simulators.scenario.ScenarioDiff;
import org.patrolgrid.simulators.scenario.ServerApi;

/**
 * Asks the server for the scenario day's attendance and alerts every {@link #POLL} until they match the ground truth
 * or {@code settle} has passed (the server may still be working through uploaded batches), then prints the per-shift
 * diff on stdout. Returns the exit code: 0 on a match, 1 otherwise.
 */
final class ServerCheck {
    private static final Duration POLL = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final ApiEndpoint endpoint;
    private final Duration settle;

    ServerCheck(Vertx vertx, ApiEndpoint endpoint, Duration settle) {
        this.vertx = vertx;
        this.endpoint = endpoint;
        this.settle = settle;
    }

    int run(Scenario scenario) {
        ServerApi api = new ServerApi(vertx, endpoint);
        try {
            await(api.login());
            long deadline = System.nanoTime() + settle.toNanos();
            ScenarioDiff diff = fetch(api, scenario);
            for (int attempt = 1; !diff.matches() && System.nanoTime() < deadline; attempt++) {
                System.err.printf(
                        "check: attempt %d, %d of %d shifts differ; retrying in %ds%n",
                        attempt, diff.mismatches(), diff.shifts().size(), POLL.toSeconds());
                await(Future.future(p -> vertx.setTimer(POLL.toMillis(), id -> p.complete())));
                diff = fetch(api, scenario);
            }
            System.out.print(diff.report());
            return diff.matches() ? 0 : 1;
        } finally {
            api.close();
        }
    }

    private static ScenarioDiff fetch(ServerApi api, Scenario scenario) {
        String attendance = await(api.attendance(scenario.day()));
        String alerts = await(api.alerts(scenario.day()));
        return ScenarioCheck.compare(scenario, attendance, alerts);
    }

    /** Blocks the calling (non-Vert.x) thread for the future's result. */
    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
