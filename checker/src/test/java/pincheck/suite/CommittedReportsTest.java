package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.report.SuiteReport;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.Models;

/**
 * The committed counterexamples/ must be what the checker produces now: a change to
 * the semantics that changes a verdict cannot land without its reports. Checks the
 * fast part of the suite (the two scenarios of the first issue under every preset).
 */
class CommittedReportsTest {
    static final List<String> FAST = List.of("dio-zero-page", "writeback-race");

    @Test
    void committedReportsMatchAFreshRun() throws Exception {
        Path home = Models.home();
        for (String name : FAST) {
            Path file = home.resolve("specs/scenarios/" + name + ".pin");
            var scenario = ScenarioParser.parse(file).withFile(home.relativize(file).toString());
            List<SuiteReport.Entry> rows = Suite.run(Suite.Request.of(List.of(scenario),
                    Presets.all().stream().map(Presets.Preset::design).toList(), home).withJobs(2)
                    .withTimeout(Duration.ofMinutes(5)));
            assertEquals(List.of(), CommittedReports.differences(home.resolve("counterexamples"), rows),
                    "counterexamples/ is stale for " + name + "; run ./pincheck suite");
        }
    }
}
