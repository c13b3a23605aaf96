package org.patrolgrid.tracker.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.patrolgrid.simulators.scenario.ApiEndpoint;
import org.patrolgrid.simulators.scenario.PushReport;
import org.patrolgrid.simulators.scenario.Scenario;
import org.patrolgrid.simulators.scenario.ScenarioCheck;
import org.patrolgrid.simulators.scenario.ScenarioDiff;
import org.patrolgrid.simulators.scenario.ScenarioPusher;
import org.patrolgrid.tracker.support.Api;
import org.patrolgrid.tracker.support.SimulatorRig;
import org.patrolgrid.tracker.support.TestServer;

/**
 * The simulator's ground truth against the real server: 30 collectors and 10 officers on yesterday's shifts (Asia/
 * Shanghai), every behaviour of the standard mix, pushed through the HTTP API and MQTT batch uploads of past fixes.
 * Every shift's attendance status, its alert kinds and its grid coverage (within 2 points) must match.
 */
class ScenarioEndToEndTest {
    @RegisterExtension
    static final SimulatorRig RIG = new SimulatorRig();

    @Test
    void attendanceAlertsAndCoverageMatchTheGroundTruth() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        Scenario scenario = Scenario.generate(20261128, 30, 10, day).withUsedZonesOnly();
        PushReport report = ScenarioPusher.push(
                        RIG.vertx(),
                        scenario,
                        ApiEndpoint.loopback(
                                RIG.server().httpPort(), RIG.server().mqttPort(), TestServer.ADMIN_PASSWORD))
                .await(5, TimeUnit.MINUTES);
        assertTrue(report.toString().length() > 0);

        Api api = Api.login(RIG.server().httpPort(), "admin", TestServer.ADMIN_PASSWORD);
        ScenarioDiff diff = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            if (diff != null) {
                Thread.sleep(1_000); // the pipeline settles asynchronously after the last PUBACK
            }
            String attendance = api.get("/api/v1/attendance?date=" + day).body();
            String alerts = api.get("/api/v1/alerts?date=" + day).body();
            diff = ScenarioCheck.compare(scenario, attendance, alerts);
        } while (!diff.matches() && System.nanoTime() < deadline);
        assertTrue(diff.matches(), diff.report());
    }
}
