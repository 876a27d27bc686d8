package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.cli.CliTest.Run;
import pincheck.tla.Models;
import pincheck.verdict.ExitStatus;

/**
 * Exit 0 only when every property holds after an exhaustive run (issue 15, item 7): a bounded
 * check alone, or a verdict Alloy did not compare, is 5 (incomplete) in check and suite alike.
 * Isolated: it swaps System.out.
 */
@Isolated
class ExitStatusTest {
    @Test
    void alloyAloneFindingNothingWithinItsBoundIsIncompleteNotHolds() {
        // dio-zero-page breaks NoUnderflow in 6 steps under split-end-io; one state shows nothing
        Run r = CliTest.run("check", CliTest.dio(), "--design", "split-end-io", "--engine", "alloy", "--steps", "1");
        assertEquals(ExitStatus.INCOMPLETE.code(), r.code(), r.out() + r.err());
        assertTrue(r.out().contains("NoUnderflow               holds up to 1 steps"), r.out());
    }

    @Test
    void aSuiteWhoseAlloyChecksTimeOutIsIncompleteAndSaysSo(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Models.home().resolve("specs/scenarios/dio-zero-page.pin"), in.resolve("dio-zero-page.pin"));
        Run r = CliTest.run("suite", "--scenarios", in.toString(), "--design", "kernel-2023", "--alloy-timeout", "1",
                "--out", dir.resolve("out").toString());
        assertEquals(ExitStatus.INCOMPLETE.code(), r.code(), r.err());
        assertTrue(r.err().contains("1 with a safety verdict not compared with Alloy's"), r.err());
        assertTrue(r.err().contains("pincheck: incomplete: on 1 models a safety verdict was not compared with"
                + " Alloy's"), r.err());
    }

    @Test
    void theStatusesAreInTheHelp() {
        Run r = CliTest.run("check", "--help");
        assertTrue(r.out().replaceAll("\\s+", " ").contains("5 incomplete: nothing violated or inconclusive"),
                r.out());
    }
}
