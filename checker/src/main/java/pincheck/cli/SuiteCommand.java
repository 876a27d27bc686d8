package pincheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.report.Json;
import pincheck.report.OutputTree;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.suite.Suite;

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
        try {
            home = Inputs.home();
            scenarios = BuiltIn.scenarios(home);
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path target = out != null ? out : home.resolve("counterexamples");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            System.err.println("pincheck: cannot write " + target + " (" + e.getMessage()
                    + "); choose another folder with --out");
            return Main.BAD_INPUT;
        }
        if (!Files.isWritable(target)) {
            System.err.println("pincheck: cannot write " + target + "; choose another folder with --out");
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        List<SuiteReport.Entry> entries;
        List<Design> designs = Presets.all().stream().map(Presets.Preset::design).toList();
        ProgressBar progress = ProgressBar.forStderr(scenarios.size() * designs.size());
        try (progress) {
            entries = Suite.run(scenarios, designs, home, jobs, Duration.ofSeconds(timeout), progress);
        }
        Map<String, String> files = SuiteReport.files(entries);
        OutputTree.write(target, files);
        OutputTree.writeFile(target.resolve(STATS), stats(entries, (System.nanoTime() - start) / 1e9));
        OutputTree.prune(target, files,
                scenarios.stream().map(Scenario::name).collect(java.util.stream.Collectors.toSet()));
        long bad = entries.stream().filter(e -> e.result().anyInconclusive()).count();
        System.err.println(progress.summary() + "; results in " + target);
        return bad > 0 ? 3 : 0;
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
