package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // every model the suite ran: each built-in scenario under each preset whose kernel it follows
        TreeSet<String> expected = new TreeSet<>();
        for (JsonElement e : JsonParser.parseString(Files.readString(HOME.resolve("counterexamples/results.json"),
                StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("models")) {
            expected.add(e.getAsJsonObject().get("scenario").getAsString() + " / "
                    + e.getAsJsonObject().get("design").getAsString());
        }
        assertTrue(expected.stream().map(m -> m.split(" / ")[0]).collect(java.util.stream.Collectors.toSet())
                .containsAll(builtIn()), "a built-in scenario is not in counterexamples/results.json; run ./pincheck suite");
        TreeSet<String> seen = new TreeSet<>();
        for (JsonElement e : doc.getAsJsonArray("models")) {
            JsonObject m = e.getAsJsonObject();
            String model = m.get("scenario").getAsString() + " / " + m.get("design").getAsString();
            seen.add(model);
            if (m.has("skipped")) {
                // only a refusal the mirror states, with the file and line of the call it cannot encode
                assertTrue(m.get("skipped").getAsString().matches("specs/scenarios/[a-z0-9-]+\\.pin:\\d+: .*"
                        + "the mirror .*"), model + " was not given to Alloy: " + m);
                continue;
            }
            JsonObject c = m.getAsJsonObject("counts");
            assertEquals(0, c.get("disagree").getAsInt(), model + " disagrees: see counterexamples/agreement.md");
            assertTrue(c.get("agree").getAsInt() > 0, model + ": " + m);
            // up to TLC's depth, or the suite's bound where TLC's is deeper
            assertEquals(Math.min(c.get("tlc_depth").getAsInt(), Suite.ALLOY_MAX_STEPS), c.get("bound").getAsInt(),
                    model + ": " + m);
        }
        assertEquals(expected, seen, "counterexamples/agreement.json is stale; run ./pincheck suite");
    }

    @Test
    void aCommittedRowComesBackFromAFreshRun() throws Exception {
        Path file = HOME.resolve("specs/scenarios/cifs-workqueue.pin");
        Scenario s = ScenarioParser.parse(file).withFile(HOME.relativize(file).toString());
        // one small model keeps the Alloy side short: AgreementTest covers violations and replays
        List<Design> designs = List.of(Presets.get("linux-6.1"));
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
