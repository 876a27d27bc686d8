package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.cli.CliTest.Run;

/**
 * Input refused up front, one line and exit 2, before any engine runs (issue 15, items 2, 8, 11):
 * what would otherwise fail late as inconclusive, block, or clobber another scenario's runs.
 * Isolated: it swaps System.out.
 */
@Isolated
class BadInputTest {
    private static void refused(Run r, String... parts) {
        HostileInputTest.oneLineError(r, parts);
    }

    @Test
    void optionsAnEngineWouldFailOnLaterAreRefused() {
        String dio = CliTest.dio();
        refused(CliTest.run("check", dio, "--heap", "1k"), "--heap 1k is below 4m", "e.g. --heap 512m");
        refused(CliTest.run("check", dio, "--timeout", "0"), "--timeout 0 is not a time limit; give seconds from 1 to");
        refused(CliTest.run("check", dio, "--timeout", "-5"), "--timeout -5 is not a time limit");
        refused(CliTest.run("check", dio, "--engine", "alloy", "--steps", "1000"), "--steps a number from 1 to 29",
                "(got --engine alloy --steps 1000)");
        refused(CliTest.run("suite", "--alloy-max-steps", "1000", "--out", "/tmp/never-written"),
                "--alloy-max-steps a number from 1 to 29");
        refused(CliTest.run("suite", "--alloy-timeout", "0", "--out", "/tmp/never-written"),
                "--alloy-timeout 0 is not a time limit");
    }

    @Test
    void twoScenariosOfOneNameAreRefusedNamingBothFiles(@TempDir Path dir) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("in"));
        Files.writeString(scenarios.resolve("a.pin"), CliTest.USER_SCENARIO);
        Files.writeString(scenarios.resolve("b.pin"), "# the same name\n" + CliTest.USER_SCENARIO);
        Run r = CliTest.run("suite", "--scenarios", scenarios.toString(), "--engine", "tlc", "--out",
                dir.resolve("out").toString());
        refused(r, scenarios.resolve("b.pin") + ":3: scenario 'my-path' is already the name of "
                + scenarios.resolve("a.pin") + ":2; give each scenario a name of its own");
        assertTrue(!Files.exists(dir.resolve("out").resolve("results.json")), "nothing checked, nothing written");
    }

    @Test
    void aFifoAsTheScenarioIsRefusedNotReadForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("x.pin");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run("check", fifo.toString()));
        refused(r, fifo + ": cannot read: not a regular file (a FIFO, socket or device); give a .pin file");
    }

    @Test
    void suiteFolderOptionsThatWouldWriteElsewhereAreRefused(@TempDir Path dir) throws Exception {
        refused(CliTest.run("suite", "--engine", "tlc", "--out", ""), "--out '' names no folder; give one");
        Files.writeString(dir.resolve("a.pin"), CliTest.USER_SCENARIO);
        refused(CliTest.run("suite", "--scenarios", dir.toString(), "--engine", "tlc"),
                "--scenarios " + dir + " needs --out: counterexamples/ holds the built-in suite's results");
    }
}
