package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.tla.Models;

/** The command line: exit codes, one-line errors, JSON. Isolated: it swaps System.out. */
@Isolated
class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A scenario a user writes outside specs/: tiny, its models take seconds. */
    static final String USER_SCENARIO = """
            # my driver: O_DIRECT write from a user buffer, bio completed by my_end_io
            scenario my-path "my driver's direct write"
            page U0 user
            iter buf ubuf U0
            bio  b write end_io my_end_io
            actor drv
              iov_iter_get_pages2 buf      @ drivers/my/my.c:my_write
              bio_add_page b U0            @ drivers/my/my.c:my_write
              submit_bio b                 @ drivers/my/my.c:my_write
            """;

    static String dio() { return Models.home().resolve("specs/scenarios/dio-zero-page.pin").toString(); }

    @Test
    void aUsageErrorPointsToHelpThatWorks() {
        Run bad = run("check");
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("(see 'pincheck help check')"), bad.err());
        for (String[] help : List.of(new String[] {"help", "check"}, new String[] {"check", "--help"})) {
            Run r = run(help);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: pincheck check "), r.out());
        }
    }

    @Test
    void kernel2023HoldsAndExitsZero() {
        Run r = run("check", dio(), "--design", "kernel-2023");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*NoUnderflow +holds: 41 distinct states, depth 15.*"), r.out());
    }

    @Test
    void aViolationExitsOneAndNarrates() {
        Run r = run("check", dio(), "--design", "bias-unpin-all");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*NoUnderflow +VIOLATED.*"), r.out());
        assertTrue(r.out().contains("dio_zero_block"), r.out());
        assertTrue(r.out().contains("=> NoUnderflow violated"), r.out());
    }

    @Test
    void jsonHasTheDocumentedShape() {
        Run r = run("check", dio(), "--design", "split-end-io", "--json");
        assertEquals(1, r.code(), r.err());
        for (String key : new String[] {"\"schema\": \"pincheck.check/1\"", "\"outcome\": \"violated\"",
                "\"exit\": 1", "\"scenario\": \"dio-zero-page\"", "\"design\": {", "\"end_io\": \"split\"",
                "\"engine\": \"tlc\"", "\"results\": [", "\"property\": \"NoUnderflow\"", "\"verdict\": \"violated\"",
                "\"verdict\": \"holds\"", "\"distinct\": 26",
                "\"kernel\": \"2019\"", "\"trace\": [", "\"step\": 1", "\"actor\": \"dio\"",
                "\"call\": \"bio_add_page\"", "\"site\": \"fs/direct-io.c:dio_zero_block\"", "\"changes\": [",
                "\"page\": \"Z\",\n", "\"field\": \"_refcount\""}) {
            assertTrue(r.out().contains(key), key + " in\n" + r.out());
        }
    }

    @Test
    void aTimeoutIsInconclusiveNeverHolds() {
        // pin-overflow's first TLC run takes longer than a second: JVM start, SANY, thousands of states
        Run r = run("check", Models.home().resolve("specs/scenarios/pin-overflow.pin").toString(), "--design",
                "kernel-2023", "--timeout", "1");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("inconclusive: timeout"), r.out());
        assertFalse(r.out().contains("holds"), r.out());
    }

    @Test
    void tlcOutOfMemoryIsInconclusiveWithTlcsWords() {
        Run r = run("check", dio(), "--design", "kernel-2023", "--heap", "4m", "--timeout", "120");
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("inconclusive: out of memory: TLC message 1001: Java ran out of memory."), r.out());
        assertFalse(r.out().contains("holds"), r.out());
    }

    @Test
    void badInputIsOneLineWithTheFix() throws Exception {
        Path bad = Files.createTempFile("bad", ".pin");
        Files.writeString(bad, "scenario x \"x\"\npage U0 user\nactor a\n  bio_add_pages b U0\n");
        Run r = run("check", bad.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(bad + ":4: unknown call 'bio_add_pages'"), r.err());

        Run preset = run("check", dio(), "--design", "kernel-2024");
        assertEquals(2, preset.code());
        assertTrue(preset.err().contains("unknown design preset 'kernel-2024' (did you mean 'kernel-2023'?); use one of"), preset.err());

        Run knob = run("check", dio(), "--set", "end_io=maybe");
        assertEquals(2, knob.code());
        assertTrue(knob.err().contains("unknown value 'maybe' for knob end_io"), knob.err());

        Run missing = run("check", "/nonexistent/x.pin");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("pincheck: /nonexistent/x.pin: cannot read"), missing.err());
    }

    @Test
    void engineChoiceIsCheckedAndAlloyNeverClaimsWhatItDoesNotModel() {
        Run bad = run("check", dio(), "--engine", "spin");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("--engine takes tlc, alloy or both"), bad.err());

        // one page in three bios that may merge: outside the Alloy mirror, so inconclusive with the reason,
        // before any solving
        String earlyFree = Models.home().resolve("specs/scenarios/claims/early-free.pin").toString();
        Run merge = run("check", earlyFree, "--design", "split-end-io", "--engine", "alloy");
        assertEquals(3, merge.code(), merge.out() + merge.err());
        // the refusal names the file and line of the second bio's page (BioPagesDistinct)
        assertTrue(merge.out().matches("(?s).*inconclusive: not mirrored in Alloy: \\Q" + earlyFree
                + "\\E:\\d+: page P goes into bio b1 \\(line.*"), merge.out());
        assertTrue(merge.out().contains("not checked: liveness is not checked by Alloy"), merge.out());
    }

    /** A scenario a new user writes outside specs/, from specs/scenarios/README.md alone. */
    @Test
    void aUserScenarioOutsideSpecsChecksWithoutJava() throws Exception {
        Path dir = Files.createTempDirectory("user-");
        Path f = dir.resolve("my-path.pin");
        Files.writeString(f, USER_SCENARIO);
        Run r = run("check", f.toString(), "--design", "bias-unpin-all");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("my-path under bias-unpin-all"), r.out());
        // In 6.12 the FOLL_GET bio has no BIO_PAGE_PINNED and bio_release_pages gives nothing back.
        Run leak = run("check", f.toString(), "--design", "kernel-2023");
        assertEquals(1, leak.code(), leak.out() + leak.err());
        assertTrue(leak.out().startsWith("my-path under linux-6.12"), leak.out());
        assertTrue(leak.out().matches("(?s).*BalancedWhenQuiet +VIOLATED.*"), leak.out());
        // The driver's calls exist in every kernel, so an older one checks it too.
        Run old = run("check", f.toString(), "--design", "linux-6.1");
        assertTrue(old.out().matches("(?s).*BalancedWhenQuiet +holds.*"), old.out());
    }

    @Test
    void everyKindOfMistakeGetsFileLineAndAMessage() throws Exception {
        String head = "scenario x \"x\"\npage U0 user\niter it iovec U0\nbio b write end_io e\n";
        String[][] cases = {
            {head + "actor a\n  iov_iter_get_pages it\n  bio_add_pages b U0\n", ":7: unknown call 'bio_add_pages'"},
            {head + "actor a\n  get_page U9\n", ":6: page 'U9' is not declared"},
            {head + "actor a\n  bio_add_page b\n", ":6: bio_add_page takes 2 arguments, got 1"},
            {"scenario x \"x\"\niter it iovec U0\npage U0 user\nactor a\n  get_page U0\n", ":2: page 'U0' is used before"},
            {head + "actor a\n  get_page U0\nactor a\n  get_page U0\n", ":7: duplicate actor 'a'"},
        };
        for (String[] c : cases) {
            Path f = Files.createTempFile("bad", ".pin");
            Files.writeString(f, c[0]);
            Run r = run("check", f.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(f + c[1]), c[1] + " in " + r.err());
        }
    }

    @Test
    void listShowsScenariosKnobsPresetsAndProperties() {
        Run r = run("list");
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"dio-zero-page", "writeback-race", "mixed-bio", "bio-merge", "nfs-direct",
                "cifs-workqueue", "sync-release", "munmap-race", "pin-overflow", "end_io", "fill_rule", "merge",
                "kernel-2023", "BalancedWhenQuiet", "NeverFillRejected"}) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void paperWithoutResultsIsOneLineNamingTheFix(@org.junit.jupiter.api.io.TempDir Path dir) {
        Run r = run("paper", "--results", dir.toString(), "--out", dir.resolve("paper").toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("pincheck: " + dir.resolve("results.json") + " not found; run ./pincheck suite first, or name "
                + "its folder with --results\n", r.err());
        assertFalse(Files.exists(dir.resolve("paper")), "nothing written");
    }
}
