package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import pincheck.alloy.AlloyChecker;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.report.AgreementReport;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.Models;

/**
 * The committed agreement of the two engines: every built-in scenario under every preset
 * was given to Alloy and no verdict differs; and one of its rows comes back the same from a
 * fresh run with both engines, so a change to either encoding cannot land without it.
 */
@ResourceLock(Models.ALLOY_LOCK)
class CommittedAgreementTest {
    private static final Path HOME = Models.home();

    @Test
    void everyBuiltInScenarioUnderEveryPresetAgrees() throws Exception {
        JsonObject doc = JsonParser.parseString(Files.readString(HOME.resolve("counterexamples")
                .resolve(AgreementReport.JSON), StandardCharsets.UTF_8)).getAsJsonObject();
        TreeSet<String> expected = new TreeSet<>();
        for (String s : builtIn()) {
            Presets.all().forEach(p -> expected.add(s + " / " + p.design().name()));
        }
        TreeSet<String> seen = new TreeSet<>();
        for (JsonElement e : doc.getAsJsonArray("models")) {
            JsonObject m = e.getAsJsonObject();
            String model = m.get("scenario").getAsString() + " / " + m.get("design").getAsString();
            seen.add(model);
            assertFalse(m.has("skipped"), model + " was not given to Alloy: " + m);
            assertEquals(0, m.get("disagree").getAsInt(), model + " disagrees: see counterexamples/agreement.md");
            assertTrue(m.get("agree").getAsInt() > 0, model + ": " + m);
            // up to TLC's depth, or the suite's bound where TLC's is deeper
            assertEquals(Math.min(m.get("tlc_depth").getAsInt(), Suite.ALLOY_MAX_STEPS), m.get("bound").getAsInt(),
                    model + ": " + m);
        }
        assertEquals(expected, seen, "counterexamples/agreement.json is stale; run ./pincheck suite");
    }

    @Test
    void aCommittedRowComesBackFromAFreshRun() throws Exception {
        Path file = HOME.resolve("specs/scenarios/cifs-workqueue.pin");
        Scenario s = ScenarioParser.parse(file).withFile(HOME.relativize(file).toString());
        // one small model keeps the Alloy side short: AgreementTest covers violations and replays
        List<Design> designs = List.of(Presets.get("kernel-2023"));
        List<SuiteReport.Entry> entries = Suite.run(Suite.Request.of(List.of(s), designs, HOME).withJobs(2)
                .withTimeout(Duration.ofMinutes(5))
                .withAlloy(AlloyChecker.Options.bound(Suite.ALLOY_MAX_STEPS, Duration.ofMinutes(5))));
        List<String> fresh = rows(SuiteReport.files(entries).get(AgreementReport.MARKDOWN));
        assertEquals(1, fresh.size(), fresh.toString());
        List<String> committed = rows(Files.readString(HOME.resolve("counterexamples")
                .resolve(AgreementReport.MARKDOWN), StandardCharsets.UTF_8));
        for (String row : fresh) {
            assertTrue(committed.contains(row), "counterexamples/agreement.md is stale (" + row + "); run ./pincheck suite");
        }
    }

    private static List<String> rows(String md) {
        return md.lines().filter(l -> l.startsWith("| cifs-workqueue |")).toList();
    }

    private static List<String> builtIn() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(HOME.resolve("specs/scenarios"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pin"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".pin".length())));
        }
        return names;
    }
}
