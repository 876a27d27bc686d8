package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * TLC's distributed mode (a TLCServer and TLCWorker JVMs on loopback) gives the local run's
 * verdicts, distinct-state counts and counterexamples; a run that does not finish is
 * inconclusive and leaves no process behind.
 */
class DistributedTlcTest {
    private static final List<Property> SAFETY = List.of(Property.values()).stream()
            .filter(p -> !p.isLiveness()).toList();
    private static final TlcRunner.Options OPT = new TlcRunner.Options(Duration.ofMinutes(2), 1, "");
    /** The server's last word on each worker: how many states it sent it. */
    private static final Pattern SENT = Pattern.compile("Worker: \\S+ Sent: (\\d+)");

    private static CheckResult check(Scenario s, String preset, List<Property> props, TlcRunner.Options opt,
                                     TlcChecker.Runs runs) throws Exception {
        return TlcChecker.check(TlcChecker.Request.of(s, Presets.get(preset), SpecFiles.tlaDir(Models.home()),
                Files.createTempDirectory("pincheck-dist-")).withProperties(props).withOptions(opt).withRuns(runs)
                .withGraph(false));
    }

    private static TlcChecker.Runs distributed(int workers, Set<String> serverOutputs) {
        DistributedTlc tlc = new DistributedTlc(DistributedTlc.Setup.loopback(workers), line -> { });
        return (model, specs, dir, o) -> {
            TlcRunner.RawRun raw = tlc.run(model, specs, dir, o);
            serverOutputs.add(Files.readString(dir.resolve("tlc.out")));
            return raw;
        };
    }

    private static void assertSameAsLocal(CheckResult local, CheckResult dist) {
        for (PropertyResult l : local.results()) {
            PropertyResult d = Models.result(dist, l.property());
            assertEquals(l.verdict(), d.verdict(), d.toString());
            if (l.verdict() == Verdict.HOLDS) {
                assertEquals(l.distinct(), d.distinct(), l.property().tlaName());
            } else {
                assertEquals(l.trace(), d.trace(), l.property().tlaName());
            }
        }
    }

    @Test
    void twoParallelRunsOfTwoWorkersEachMatchTheLocalRun() throws Exception {
        // pin-overflow under pre-2019 holds everything: 1306 distinct states in one exhaustive run.
        Scenario s = Models.builtIn("pin-overflow");
        CheckResult local = check(s, "pre-2019", SAFETY, OPT, TlcRunner::run);
        assertEquals(1306, Models.result(local, Property.NO_UNDERFLOW).distinct().getAsLong());
        Set<String> outputs = ConcurrentHashMap.newKeySet();
        // Two at once: each server must pick a port of its own.
        CompletableFuture<CheckResult> first = CompletableFuture.supplyAsync(() -> unchecked(s, outputs));
        CompletableFuture<CheckResult> second = CompletableFuture.supplyAsync(() -> unchecked(s, outputs));
        assertSameAsLocal(local, first.join());
        assertSameAsLocal(local, second.join());
        assertEquals(2, outputs.size());
        for (String out : outputs) {
            List<Integer> sent = SENT.matcher(out).results().map(m -> Integer.parseInt(m.group(1))).toList();
            assertEquals(2, sent.size(), out);
            assertTrue(sent.stream().allMatch(n -> n > 0), "every worker got states: " + sent);
        }
    }

    private static CheckResult unchecked(Scenario s, Set<String> outputs) {
        try {
            return check(s, "pre-2019", SAFETY, OPT, distributed(2, outputs));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aViolationGetsTheLocalShortestTraceAndTheRestTheDistributedCount() throws Exception {
        // split-end-io: NoMixedBio is violated (U0 pinned next to ZERO_PAGE got), NoUseAfterFree holds.
        Scenario s = Models.scenario(Models.USER_AND_ZERO);
        List<Property> props = List.of(Property.NO_MIXED_BIO, Property.NO_USE_AFTER_FREE);
        CheckResult local = check(s, "split-end-io", props, OPT, TlcRunner::run);
        assertEquals(Verdict.VIOLATED, Models.result(local, Property.NO_MIXED_BIO).verdict());
        assertEquals(Verdict.HOLDS, Models.result(local, Property.NO_USE_AFTER_FREE).verdict());
        assertSameAsLocal(local, check(s, "split-end-io", props, OPT, distributed(1, ConcurrentHashMap.newKeySet())));
    }

    @Test
    void workersThatNeverReachTheServerEndInATimeoutAndNoProcessIsLeft() throws Exception {
        Set<Long> before = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        // 192.0.2.1 is TEST-NET-1, routed nowhere: the workers start and wait to connect until they are killed.
        DistributedTlc unreachable = new DistributedTlc(new DistributedTlc.Setup(2, "192.0.2.1", OptionalInt.empty()),
                line -> { });
        Set<Path> dirs = ConcurrentHashMap.newKeySet();
        TlcChecker.Runs runs = (model, specs, dir, o) -> {
            dirs.add(dir);
            return unreachable.run(model, specs, dir, o);
        };
        CheckResult r = check(Models.builtIn("pin-overflow"), "pre-2019", List.of(Property.NO_UNDERFLOW),
                new TlcRunner.Options(Duration.ofSeconds(8), 1, ""), runs);
        PropertyResult x = Models.result(r, Property.NO_UNDERFLOW);
        assertEquals(Verdict.INCONCLUSIVE, x.verdict(), x.toString());
        assertEquals("timeout: TLC did not finish within 8 s", x.reason().orElseThrow());
        assertEquals(3, r.exitCode());
        assertTrue(Files.exists(dirs.iterator().next().resolve("worker2.out")), "the workers were started");
        // only this run's processes (their java.io.tmpdir is under its folders): tests running
        // alongside start TLC processes of their own
        List<String> left = ProcessHandle.current().descendants()
                .filter(p -> !before.contains(p.pid()) && p.isAlive())
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> dirs.stream().anyMatch(d -> c.contains("-Djava.io.tmpdir=" + d))).toList();
        assertEquals(List.of(), left);
    }

    @Test
    void workersThatAllExitMakeTheRunInconclusive() throws Exception {
        // A name that cannot resolve (RFC 6761): each worker fails to look the server up and exits.
        DistributedTlc nowhere = new DistributedTlc(new DistributedTlc.Setup(1, "pincheck.invalid", OptionalInt.empty()),
                line -> { });
        CheckResult r = check(Models.builtIn("pin-overflow"), "pre-2019", List.of(Property.NO_UNDERFLOW), OPT, nowhere);
        PropertyResult x = Models.result(r, Property.NO_UNDERFLOW);
        assertEquals(Verdict.INCONCLUSIVE, x.verdict(), x.toString());
        assertTrue(x.reason().orElseThrow().startsWith("TLC worker failed: every TLC worker exited"), x.toString());
        assertEquals(3, r.exitCode());
    }

    @Test
    void theWorkerCommandLineNamesServerAndPort() {
        String cmd = DistributedTlc.remoteWorker("10.0.0.5", 41000);
        Matcher m = Pattern.compile("-Dtlc2\\.tool\\.distributed\\.TLCServer\\.port=41000 .*tlc2\\.tool\\.distributed"
                + "\\.TLCWorker 10\\.0\\.0\\.5$").matcher(cmd);
        assertTrue(m.find(), cmd);
    }
}
