package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/** The suite's cache of finished TLC runs: reused when asked again, never for an unfinished run. */
class RunCacheTest {
    private record Checked(CheckResult result, int reused, int made) {}

    private static Checked check(RunCache cache, Scenario s, Design d, Duration timeout) throws Exception {
        RunCache.ModelRuns runs = cache.forModel(s, d, Scaling.DEFAULT);
        CheckResult r = TlcChecker.check(TlcChecker.Request.of(s, d, SpecFiles.tlaDir(Models.home()),
                        Files.createTempDirectory("pincheck-cache-run-")).withProperties(List.of(Property.NO_UNDERFLOW))
                .withOptions(new TlcRunner.Options(timeout, 1, "")).withRuns(runs));
        return new Checked(r, runs.reused(), runs.ran());
    }

    private static List<Path> stored(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out.resolve(RunCache.FOLDER))) {
            return s.toList();
        }
    }

    @Test
    void finishedRunsAreReusedForcedRunsAreMadeAgain() throws Exception {
        Path out = Files.createTempDirectory("pincheck-cache-");
        Scenario s = Models.builtIn("dio-zero-page");
        Design d = Presets.get("bias-unpin-all");
        Duration t = Duration.ofMinutes(5);

        Checked fresh = check(new RunCache(out, "test", false), s, d, t);
        assertEquals(Verdict.VIOLATED, fresh.result().results().get(0).verdict());
        assertEquals(0, fresh.reused());
        assertEquals(1, fresh.made());
        assertEquals(1, stored(out).size());

        Checked again = check(new RunCache(out, "test", false), s, d, t);
        assertEquals(1, again.reused());
        assertEquals(0, again.made());
        assertEquals(fresh.result().results().get(0).trace(), again.result().results().get(0).trace());

        Checked forced = check(new RunCache(out, "test", true), s, d, t);
        assertEquals(0, forced.reused());
        assertEquals(1, forced.made());

        // Another pincheck version, another key: nothing is reused.
        Checked newer = check(new RunCache(out, "test-2", false), s, d, t);
        assertEquals(0, newer.reused());

        // A damaged entry is not read as a result: the run is made again.
        Files.writeString(stored(out).get(0), "garbage");
        String cut = Files.readString(stored(out).get(1));
        Files.writeString(stored(out).get(1), cut.substring(0, cut.length() / 2));
        Checked repaired = check(new RunCache(out, "test", false), s, d, t);
        assertEquals(0, repaired.reused());
        assertEquals(Verdict.VIOLATED, repaired.result().results().get(0).verdict());
    }

    /** Issue 15, item 4: an entry carries its key and a checksum; a bad one is made again, never used. */
    @Test
    void anEntryCopiedOverAnotherOrOfRandomBytesIsMadeAgain() throws Exception {
        Path out = Files.createTempDirectory("pincheck-cache-");
        Scenario s = Models.builtIn("dio-zero-page");
        Duration t = Duration.ofMinutes(5);
        Checked broken = check(new RunCache(out, "test", false), s, Presets.get("bias-unpin-all"), t);
        assertEquals(Verdict.VIOLATED, broken.result().results().get(0).verdict());
        Path violatedEntry = stored(out).get(0);
        Checked holds = check(new RunCache(out, "test", false), s, Presets.get("kernel-2023"), t);
        assertEquals(Verdict.HOLDS, holds.result().results().get(0).verdict());
        Path holdsEntry = stored(out).stream().filter(p -> !p.equals(violatedEntry)).findFirst().orElseThrow();

        // the violation's entry copied over the other: read as it is, the model would be violated
        Files.copy(violatedEntry, holdsEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Checked swapped = check(new RunCache(out, "test", false), s, Presets.get("kernel-2023"), t);
        assertEquals(0, swapped.reused());
        assertEquals(Verdict.HOLDS, swapped.result().results().get(0).verdict());

        // bytes that are not even UTF-8
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        Files.write(violatedEntry, noise);
        Checked again = check(new RunCache(out, "test", false), s, Presets.get("bias-unpin-all"), t);
        assertEquals(0, again.reused());
        assertEquals(1, again.made());
        assertEquals(Verdict.VIOLATED, again.result().results().get(0).verdict());
        // once made again, the entry is good: reused
        assertEquals(1, check(new RunCache(out, "test", false), s, Presets.get("bias-unpin-all"), t).reused());
    }

    @Test
    void anUnfinishedRunIsNotKept() throws Exception {
        Path out = Files.createTempDirectory("pincheck-cache-");
        Checked timedOut = check(new RunCache(out, "test", false), Models.builtIn("dio-zero-page"),
                Presets.get("kernel-2023"), Duration.ofMillis(100));
        assertEquals(Verdict.INCONCLUSIVE, timedOut.result().results().get(0).verdict());
        assertEquals(1, timedOut.made());
        assertEquals(List.of(), Files.isDirectory(out.resolve(RunCache.FOLDER)) ? stored(out) : List.of());
    }
}
