package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/**
 * EventuallyQuiet costs about what the safety properties cost (issue 16: within 5x the safety run):
 * on dio-zero-page (one bio, 25 states) it is violated under split-end-io (Z's count never comes
 * back) and holds under kernel-2023; on pin-overflow (three actors, 6,054 states, 17.8 s against a
 * 1.7 s safety run while fairness read ENABLED) it holds. Each TLC run's own time (parse and search)
 * is compared, so a busy machine slows both alike; the slack covers the start of a JVM.
 */
class LivenessBudgetTest {
    private static final double TIMES_SAFETY = 5;
    private static final double SLACK_SECONDS = 2;

    @ParameterizedTest
    @CsvSource({"dio-zero-page, split-end-io, VIOLATED", "dio-zero-page, kernel-2023, HOLDS",
            "pin-overflow, linux-6.12, HOLDS"})
    void eventuallyQuietFinishesWithinItsBudget(String scenario, String preset, Verdict expected) throws Exception {
        Scenario s = Models.builtIn(scenario);
        List<TlcRun> runs = new CopyOnWriteArrayList<>();
        CheckResult r = TlcChecker.check(TlcChecker.Request.of(s, Presets.get(preset), SpecFiles.tlaDir(Models.home()),
                        Files.createTempDirectory("pincheck-live-"))
                .withProperties(List.of(Property.NO_UNDERFLOW, Property.EVENTUALLY_QUIET))
                .withOptions(new TlcRunner.Options(Duration.ofMinutes(2), 1, "")).withObserver(runs::add));
        assertEquals(expected, Models.result(r, Property.EVENTUALLY_QUIET).verdict(), r.toString());
        double live = seconds(runs, true);
        double safety = seconds(runs, false);
        assertTrue(live <= TIMES_SAFETY * safety + SLACK_SECONDS,
                "EventuallyQuiet took " + live + " s of TLC time, the safety run " + safety + " s: " + runs);
    }

    private static double seconds(List<TlcRun> runs, boolean liveness) {
        return runs.stream().filter(x -> x.label().startsWith("liveness") == liveness)
                .mapToLong(x -> x.engineMillis().orElseThrow()).sum() / 1000.0;
    }
}
