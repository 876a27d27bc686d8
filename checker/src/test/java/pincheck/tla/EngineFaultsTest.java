package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.report.CheckReport;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * Faults injected into real TLC runs: each must come out inconclusive with the reason and
 * TLC's own words, exit code 3, and neither report (text, JSON) may say the property holds.
 */
class EngineFaultsTest {
    private static final List<Property> ONE = List.of(Property.NO_UNDERFLOW);

    private static CheckResult check(String preset, Path specsDir, TlcRunner.Options opt, TlcChecker.Runs runs)
            throws Exception {
        return check(preset, specsDir, opt, runs, true);
    }

    /** With graph false, a run per violated property, whose output holds the trace (as distributed TLC runs). */
    private static CheckResult check(String preset, Path specsDir, TlcRunner.Options opt, TlcChecker.Runs runs,
                                     boolean graph) throws Exception {
        Scenario s = Models.builtIn("dio-zero-page");
        return TlcChecker.check(TlcChecker.Request.of(s, Presets.get(preset), specsDir,
                Files.createTempDirectory("pincheck-fault-")).withProperties(ONE).withOptions(opt).withRuns(runs)
                .withGraph(graph));
    }

    private static TlcRunner.Options opt(Duration timeout, String heap) {
        return new TlcRunner.Options(timeout, 1, heap);
    }

    /** Asserts the verdict is inconclusive for a reason starting so and containing TLC's words; returns it. */
    private static String inconclusive(CheckResult r, String reasonStart, String engineWords) throws Exception {
        PropertyResult x = Models.result(r, Property.NO_UNDERFLOW);
        assertEquals(Verdict.INCONCLUSIVE, x.verdict(), x.toString());
        String reason = x.reason().orElseThrow();
        assertTrue(reason.startsWith(reasonStart), reason);
        assertTrue(reason.contains(engineWords), reason);
        assertEquals(3, r.exitCode());
        Scenario s = Models.builtIn("dio-zero-page");
        String text = CheckReport.text(s, r);
        String json = CheckReport.json(s, List.of(r), java.util.Optional.empty(), pincheck.verdict.ExitStatus.of(r));
        assertTrue(text.contains("inconclusive: " + reasonStart), text);
        assertFalse(text.contains("holds"), text);
        assertFalse(json.contains("holds"), json);
        return reason;
    }

    @Test
    void tlcKilledMidRun() throws Exception {
        TlcChecker.Runs killed = (model, specs, dir, o) -> {
            // Kill TLC once it has started parsing: its output so far is well framed but unfinished.
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> killWhenStarted(dir));
            TlcRunner.RawRun raw = TlcRunner.run(model, specs, dir, o);
            killer.join();
            return raw;
        };
        inconclusive(check("kernel-2023", SpecFiles.tlaDir(Models.home()), TlcRunner.Options.DEFAULT, killed),
                "TLC error: TLC was killed by SIGKILL (exit code 137)", "SIGKILL");
    }

    private static void killWhenStarted(Path dir) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Path out = dir.resolve("tlc.out");
                if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).contains("Starting SANY")) {
                    ProcessHandle.current().descendants()
                            .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(dir.toString()))
                                    .orElse(false))
                            .forEach(ProcessHandle::destroyForcibly);
                    return;
                }
                Thread.sleep(5);
            } catch (IOException | java.io.UncheckedIOException e) {
                // tlc.out is being created; look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void tlcOutOfMemory() throws Exception {
        // 4 MB of heap: TLC starts, parses, then runs out while checking (it may also hang: the timeout then ends it).
        inconclusive(check("kernel-2023", SpecFiles.tlaDir(Models.home()), opt(Duration.ofSeconds(60), "4m"),
                TlcRunner::run), "out of memory", "Java ran out of memory");
    }

    @Test
    void tlcPastTheTimeout() throws Exception {
        inconclusive(check("kernel-2023", SpecFiles.tlaDir(Models.home()), opt(Duration.ofMillis(300), ""),
                TlcRunner::run), "timeout: TLC did not finish within 0 s", "timeout");
    }

    @Test
    void outputCutOffInTheMiddleOfATrace() throws Exception {
        TlcChecker.Runs cut = (model, specs, dir, o) -> {
            TlcRunner.RawRun raw = TlcRunner.run(model, specs, dir, o);
            // The real run found a violation (exit 12); keep its output up to the middle of the third state.
            int third = nth(raw.output(), "@!@!@STARTMSG 2217:4 @!@!@", 3);
            assertTrue(third > 0, raw.output());
            String cutOff = raw.output().substring(0, third + 40);
            return new TlcRunner.RawRun(cutOff, raw.exitCode(), false, raw.seconds());
        };
        inconclusive(check("bias-unpin-all", SpecFiles.tlaDir(Models.home()), TlcRunner.Options.DEFAULT, cut, false),
                "TLC output cut off", "STARTMSG 2217");
    }

    @Test
    void aStateGraphCutOffIsInconclusiveNeverHolds() throws Exception {
        TlcChecker.Runs cut = (model, specs, dir, o) -> {
            TlcRunner.RawRun raw = TlcRunner.run(model, specs, dir, o);
            // The graph run finished; its dump ends half way (a full disk), so it lacks states TLC counted.
            String graph = raw.graph().orElseThrow();
            return raw.withGraph(java.util.Optional.of(graph.substring(0, graph.length() / 2)));
        };
        inconclusive(check("bias-unpin-all", SpecFiles.tlaDir(Models.home()), TlcRunner.Options.DEFAULT, cut),
                "TLC error: the state graph has", "states, TLC reported");
    }

    private static int nth(String text, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    @Test
    void aSanyParseError() throws Exception {
        Path specs = Files.createTempDirectory("pincheck-broken-specs-");
        for (String m : SpecFiles.TLA_MODULES) {
            Files.copy(SpecFiles.tlaDir(Models.home()).resolve(m), specs.resolve(m));
        }
        // An operator definition left open: SANY rejects the module and TLC never starts.
        String pinning = Files.readString(specs.resolve("Pinning.tla"));
        int end = pinning.lastIndexOf("\n====") + 1;
        Files.writeString(specs.resolve("Pinning.tla"), pinning.substring(0, end) + "Broken == (1 +\n\n" +
                pinning.substring(end));
        String reason = inconclusive(check("kernel-2023", specs, TlcRunner.Options.DEFAULT, TlcRunner::run),
                "TLA+ parse error", "Pinning");
        assertFalse(reason.endsWith("TLA+ parse error"), "SANY's own words are missing: " + reason);
    }
}
