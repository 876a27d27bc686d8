package pincheck.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.Models;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcWatcher;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/** One watching run must give the verdicts the stop-at-each-violation checker gives. */
class WatchedRunTest {

    static void sameVerdicts(String preset, boolean expectViolations) throws Exception {
        Scenario s = Models.scenario(Models.USER_AND_ZERO);
        Design d = Presets.get(preset);
        TlcWatcher.Watched w = TlcWatcher.run(s, d, Scaling.DEFAULT, Sweep.PROPERTIES,
                SpecFiles.tlaDir(Models.home()), Files.createTempDirectory("pincheck-test-"),
                new TlcRunner.Options(Duration.ofMinutes(5), 1, ""));
        CheckResult r = Models.check(s, Sweep.PROPERTIES, preset);
        Set<Property> violated = r.results().stream().filter(x -> x.verdict() == Verdict.VIOLATED)
                .map(x -> x.property()).collect(Collectors.toSet());
        assertTrue(w.inconclusive().isEmpty(), () -> w.inconclusive().get());
        assertEquals(violated, w.violated(), preset);
        assertEquals(expectViolations, !violated.isEmpty(), preset);
        assertTrue(w.distinct() > 0);
    }

    @Test
    void splitEndIoBreaksTheSamePropertiesInOneRun() throws Exception {
        sameVerdicts("split-end-io", true);
    }

    @Test
    void kernel2023HoldsInOneRunToo() throws Exception {
        sameVerdicts("kernel-2023", false);
    }

    @Test
    void aTimeoutIsInconclusiveNeverSafe() throws Exception {
        TlcWatcher.Watched w = TlcWatcher.run(Models.builtIn("pin-overflow"), Presets.get("pre-2019"),
                Scaling.DEFAULT, Sweep.PROPERTIES, SpecFiles.tlaDir(Models.home()),
                Files.createTempDirectory("pincheck-test-"), new TlcRunner.Options(Duration.ofMillis(200), 1, ""));
        assertTrue(w.inconclusive().isPresent());
        assertFalse(new SweepRow(com.google.common.collect.ImmutableMap.of(), w.violated(), w.distinct(),
                w.inconclusive()).safe());
    }
}
