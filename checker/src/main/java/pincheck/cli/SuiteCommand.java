package pincheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.report.Json;
import pincheck.report.OutputTree;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.suite.Suite;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

@Command(name = "suite", description = "Check every built-in scenario under every preset; write counterexamples/.")
final class SuiteCommand implements Callable<Integer> {
    /** Timings and machine details: not compared, not byte-for-byte reproducible. */
    static final String STATS = "stats.json";

    @Option(names = "--out", description = "output folder (default: counterexamples/ of the checkout)")
    Path out;

    @Option(names = "--jobs", defaultValue = "2", description = "models checked at once (default ${DEFAULT-VALUE})")
    int jobs;

    @Option(names = "--timeout", defaultValue = "600", description = "seconds per TLC run (default ${DEFAULT-VALUE})")
    long timeout;

    @Override
    public Integer call() throws Exception {
        Path home;
        List<Scenario> scenarios;
        Path target;
        try {
            home = Inputs.home();
            scenarios = BuiltIn.scenarios(home);
            target = Inputs.outputFolder(out, home);
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        List<SuiteReport.Entry> entries = Suite.run(scenarios,
                Presets.all().stream().map(Presets.Preset::design).toList(), home, jobs, Duration.ofSeconds(timeout),
                p -> System.err.printf(Locale.ROOT, "[%d/%d] %s / %s: %s  (%.0f s elapsed)%n", p.done(), p.total(),
                        p.entry().scenario().name(), p.entry().result().design().name(), summary(p.entry().result()),
                        (System.nanoTime() - start) / 1e9));
        Map<String, String> files = SuiteReport.files(entries);
        OutputTree.write(target, files);
        OutputTree.writeFile(target.resolve(STATS), stats(entries, (System.nanoTime() - start) / 1e9));
        OutputTree.prune(target, files,
                scenarios.stream().map(Scenario::name).collect(java.util.stream.Collectors.toSet()));
        long bad = entries.stream().filter(e -> e.result().anyInconclusive()).count();
        System.err.printf(Locale.ROOT, "suite: %d models, %d with an inconclusive verdict; results in %s%n",
                entries.size(), bad, target);
        return bad > 0 ? 3 : 0;
    }

    private static String summary(CheckResult r) {
        long v = r.results().stream().filter(x -> x.verdict() == Verdict.VIOLATED && !x.property().isCondition())
                .count();
        long i = r.results().stream().filter(x -> x.verdict() == Verdict.INCONCLUSIVE).count();
        return v + " violated, " + i + " inconclusive";
    }

    private static String stats(List<SuiteReport.Entry> entries, double wall) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        doc.put("java", System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        List<Object> models = new ArrayList<>();
        for (SuiteReport.Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", e.scenario().name());
            m.put("design", e.result().design().name());
            m.put("engine", e.result().engine());
            m.put("seconds", Math.round(e.result().results().stream().mapToDouble(x -> x.seconds()).max().orElse(0)
                    * 1000) / 1000.0);
            models.add(m);
        }
        doc.put("models", models);
        return Json.write(doc) + "\n";
    }
}
