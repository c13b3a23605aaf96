package org.patrolgrid.simulators;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.patrolgrid.simulators.duty.DutySetupCommand;
import org.patrolgrid.simulators.load.DeviceMotion;
import org.patrolgrid.simulators.load.LoadOptions;
import org.patrolgrid.simulators.load.LoadOptionsParser;
import org.patrolgrid.simulators.load.LoadReport;
import org.patrolgrid.simulators.load.LoadResult;
import org.patrolgrid.simulators.load.LoadRun;
import org.patrolgrid.simulators.probe.AlertLatencyCommand;
import org.patrolgrid.simulators.scenario.WorldMotion;

/**
 * Entry point of {@code patrolgrid-sim.jar}: {@code run ...} plays field staff live against a server,
 * {@code scenario ...} writes, pushes and checks a test day, {@code load ...} drives MQTT load, {@code world ...}
 * writes the Jiaxing demo world as GeoJSON. A bad argument gives a one-line error and exit code 2.
 */
public final class SimulatorMain {
    private static final String USAGE =
            "usage: patrolgrid-sim (run|scenario|load|world|duty-setup|alert-latency) [options]";

    private SimulatorMain() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int exit =
                switch (args[0]) {
                    case "load" -> load(rest);
                    case "world" -> WorldCommand.run(rest);
                    case "scenario" -> ScenarioCommand.run(rest);
                    case "run" -> RunCommand.run(rest);
                    case "duty-setup" -> DutySetupCommand.run(rest);
                    case "alert-latency" -> AlertLatencyCommand.run(rest);
                    default -> {
                        System.err.println("unknown command " + args[0] + "; " + USAGE);
                        yield 2;
                    }
                };
        System.exit(exit);
    }

    private static int load(List<String> args) {
        LoadOptions options;
        try {
            options = new LoadOptionsParser(System.getenv()).parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("patrolgrid-sim load: " + e.getMessage());
            System.err.println(LoadOptionsParser.USAGE);
            return 2;
        }
        try {
            DeviceMotion motion = options.world() ? WorldMotion.of(options.seed()) : DeviceMotion.FREE_WALK;
            LoadResult result = new LoadRun(options, System.err, motion).run();
            System.out.println(LoadReport.summaryLine(result));
            return 0;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("patrolgrid-sim load failed: " + cause.getMessage());
            return 1;
        }
    }
}
