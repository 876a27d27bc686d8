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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.Json;
import pincheck.report.OutputTree;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;

@Command(name = "suite", description = "Check every built-in scenario under every preset; write counterexamples/.")
final class SuiteCommand implements Callable<Integer> {
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
            System.err.println("pincheck: cannot write " + target + ": " + e.getMessage()
                    + "; choose another folder with --out");
            return Main.BAD_INPUT;
        }
        if (!Files.isWritable(target)) {
            System.err.println("pincheck: cannot write " + target + "; choose another folder with --out");
            return Main.BAD_INPUT;
        }
        List<Presets.Preset> presets = Presets.all();
        int total = scenarios.size() * presets.size();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("pincheck-suite-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<SuiteReport.Entry>> futures = new ArrayList<>();
        try {
            for (Scenario s : scenarios) {
                for (Presets.Preset p : presets) {
                    Path dir = work.resolve(s.name()).resolve(p.design().name());
                    futures.add(pool.submit(() -> {
                        CheckResult r = TlcChecker.check(s, p.design(), Scaling.DEFAULT, List.of(Property.values()),
                                SpecFiles.tlaDir(home), dir, new TlcRunner.Options(Duration.ofSeconds(timeout), 1, ""));
                        int n = done.incrementAndGet();
                        System.err.printf(Locale.ROOT, "[%d/%d] %s / %s: %s  (%.0f s elapsed)%n", n, total, s.name(),
                                p.design().name(), summary(r), (System.nanoTime() - start) / 1e9);
                        return new SuiteReport.Entry(s, r);
                    }));
                }
            }
            List<SuiteReport.Entry> entries = new ArrayList<>();
            for (Future<SuiteReport.Entry> f : futures) {
                entries.add(f.get());
            }
            OutputTree.write(target, SuiteReport.files(entries));
            OutputTree.writeFile(target.resolve("stats.json"), stats(entries, (System.nanoTime() - start) / 1e9));
            long bad = entries.stream().filter(e -> e.result().anyInconclusive()).count();
            System.err.printf(Locale.ROOT, "suite: %d models, %d with an inconclusive verdict; results in %s%n",
                    entries.size(), bad, target);
            return bad > 0 ? 3 : 0;
        } catch (ExecutionException e) {
            System.err.println("pincheck: suite failed: " + e.getCause());
            return 3;
        } finally {
            pool.shutdownNow();
            WorkDirs.delete(work);
        }
    }

    private static String summary(CheckResult r) {
        long v = r.results().stream().filter(x -> x.verdict() == pincheck.verdict.Verdict.VIOLATED).count();
        long i = r.results().stream().filter(x -> x.verdict() == pincheck.verdict.Verdict.INCONCLUSIVE).count();
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
