package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.design.Presets;
import pincheck.report.Json;
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
        Path committed = home.resolve("counterexamples");
        for (String name : FAST) {
            Path file = home.resolve("specs/scenarios/" + name + ".pin");
            var scenario = ScenarioParser.parse(file).withFile(home.relativize(file).toString());
            List<SuiteReport.Entry> rows = Suite.run(List.of(scenario),
                    Presets.all().stream().map(Presets.Preset::design).toList(), home, 2, Duration.ofMinutes(5),
                    p -> { });
            String readme = Files.readString(committed.resolve("README.md"));
            assertTrue(readme.contains(SuiteReport.section(rows)),
                    "counterexamples/README.md is stale for " + name + "; run ./pincheck suite");
            Map<String, String> fresh = SuiteReport.files(rows).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(name + "/"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            try (Stream<Path> files = Files.walk(committed.resolve(name))) {
                List<String> onDisk = files.filter(Files::isRegularFile)
                        .map(p -> committed.relativize(p).toString()).sorted().toList();
                assertEquals(fresh.keySet().stream().sorted().toList(), onDisk,
                        "counterexamples/" + name + " has other files than a fresh run; run ./pincheck suite");
            }
            assertEquals(models(SuiteReport.files(rows).get(SuiteReport.RESULTS), name),
                    models(Files.readString(committed.resolve(SuiteReport.RESULTS)), name),
                    "counterexamples/results.json is stale for " + name + "; run ./pincheck suite");
            for (Map.Entry<String, String> f : fresh.entrySet()) {
                assertEquals(f.getValue(), Files.readString(committed.resolve(f.getKey())),
                        "counterexamples/" + f.getKey() + " is stale; run ./pincheck suite");
            }
        }
    }

    /** The models of one scenario in a results.json. */
    private static List<Object> models(String resultsJson, String scenario) throws Json.JsonException {
        Map<?, ?> doc = (Map<?, ?>) Json.parse(resultsJson);
        List<Object> of = ((List<?>) doc.get("models")).stream()
                .filter(m -> scenario.equals(((Map<?, ?>) m).get("scenario"))).map(m -> (Object) m).toList();
        assertFalse(of.isEmpty(), "results.json has no model of " + scenario);
        return of;
    }
}
