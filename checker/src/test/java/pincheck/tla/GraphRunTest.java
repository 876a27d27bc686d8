package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * One graph run gives what one TLC run per violated property gave: dio-zero-page under
 * split-end-io breaks five safety properties, three of them (NoUnderflow, ReleasedAsTaken,
 * Detectable) at the same state, in one run instead of six; every verdict, trace, count and
 * violation folder input is the same.
 */
class GraphRunTest {
    @Test
    void oneGraphRunGivesTheTracesAndCountsOfARunPerViolation() throws Exception {
        Scenario s = Models.builtIn("dio-zero-page");
        List<Property> safety = java.util.Arrays.stream(Property.values()).filter(p -> !p.isLiveness()).toList();
        List<TlcRun> graphRuns = new ArrayList<>();
        CheckResult graph = check(s, safety, true, graphRuns);
        List<TlcRun> loopRuns = new ArrayList<>();
        CheckResult loop = check(s, safety, false, loopRuns);
        assertEquals(1, graphRuns.size(), graphRuns.toString());
        assertEquals(6, loopRuns.size(), loopRuns.toString());
        assertEquals(5, graph.results().stream().filter(r -> r.verdict() == Verdict.VIOLATED).count());
        for (int i = 0; i < safety.size(); i++) {
            PropertyResult g = graph.results().get(i);
            PropertyResult l = loop.results().get(i);
            String what = safety.get(i).tlaName();
            assertEquals(l.verdict(), g.verdict(), what);
            assertEquals(l.trace(), g.trace(), what);
            assertEquals(l.generated(), g.generated(), what);
            assertEquals(l.distinct(), g.distinct(), what);
            assertEquals(l.depth(), g.depth(), what);
            assertEquals(l.inputs(), g.inputs(), what);
        }
    }

    private static CheckResult check(Scenario s, List<Property> properties, boolean graph, List<TlcRun> runs)
            throws Exception {
        return TlcChecker.check(TlcChecker.Request.of(s, Presets.get("split-end-io"), SpecFiles.tlaDir(Models.home()),
                        Files.createTempDirectory("pincheck-graph-")).withProperties(properties)
                .withOptions(new TlcRunner.Options(Duration.ofMinutes(2), 1, "")).withObserver(runs::add)
                .withGraph(graph));
    }
}
