package org.patrolgrid.tracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.patrolgrid.tracker.support.ServerProcess;
import org.patrolgrid.tracker.support.TestDatabase;

/** CONTRACT §1 as a user meets it: exit codes and one-line errors of the real command. */
class CommandLineTest {
    @Test
    void badFlagExitsWithTwoAndOneLine() throws Exception {
        try (ServerProcess p = ServerProcess.start("--mqtt-port", "seventy")) {
            assertEquals(2, p.awaitExit(60));
            assertEquals(1, p.stderr().lines().count(), p.stderr());
            assertTrue(p.stderr().contains("mqtt-port"), p.stderr());
            assertTrue(p.stdout().isEmpty());
        }
    }

    @Test
    void unknownFlagExitsWithTwo() throws Exception {
        try (ServerProcess p = ServerProcess.start("--frobnicate")) {
            assertEquals(2, p.awaitExit(60));
            assertTrue(p.stderr().contains("--frobnicate"), p.stderr());
        }
    }

    @Test
    void portInUseFailsWithOneLineNamingTheCause() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
                ServerProcess p = ServerProcess.start(
                        "--mqtt-port",
                        String.valueOf(taken.getLocalPort()),
                        "--http-port",
                        "0",
                        "--db",
                        TestDatabase.create(),
                        "--admin-password",
                        "x")) {
            int code = p.awaitExit(120);
            assertNotEquals(0, code);
            String last = p.stderr().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("patrolgrid: ") && last.contains("in use"), p.stderr());
        }
    }

    @Test
    void unreachableDatabaseFailsWithOneLineNamingIt() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (ServerProcess p = ServerProcess.start(
                "--db", "postgresql://u:p@127.0.0.1:" + closed + "/none", "--mqtt-port", "0", "--http-port", "0")) {
            assertNotEquals(0, p.awaitExit(120));
            String last = p.stderr().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.startsWith("patrolgrid: database"), p.stderr());
        }
    }
}
