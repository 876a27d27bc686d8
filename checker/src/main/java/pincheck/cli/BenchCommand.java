package pincheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pincheck.design.Presets;
import pincheck.report.JsonFiles;
import pincheck.scenario.Scenario;
import pincheck.report.SuiteReport;
import pincheck.suite.CommittedReports;
import pincheck.suite.Suite;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcRun;

@Command(name = "bench", description = "Run the built-in suite and measure it: states, TLC's own time and wall time "
        + "per model; writes counterexamples/bench.json.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--file", defaultValue = "bench.json", description = "file name in the output folder "
            + "(default ${DEFAULT-VALUE})")
    String file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "only these built-in scenarios (default all)")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Optional<SuiteInputs> in = SuiteInputs.read(output, tlc, only);
        if (in.isEmpty()) {
            return Main.BAD_INPUT;
        }
        List<Scenario> scenarios = in.get().scenarios();
        TlcRunner.Options opt = in.get().tlc();
        List<Suite.Progress> done = Collections.synchronizedList(new ArrayList<>());
        System.out.printf(Locale.ROOT, "%-16s %-18s %4s %9s %9s %5s %9s %9s %10s%n", "scenario", "design", "runs",
                "generated", "distinct", "depth", "tlc s", "wall s", "states/s");
        long start = System.nanoTime();
        List<SuiteReport.Entry> entries = Suite.run(scenarios, Presets.all().stream().map(Presets.Preset::design).toList(), in.get().home(),
                output.jobs, opt, Optional.empty(), p -> {
                    done.add(p);
                    Model m = Model.of(p);
                    System.out.printf(Locale.ROOT, "%-16s %-18s %4d %9d %9d %5d %9.2f %9.2f %10.0f%n", m.scenario,
                            m.design, m.runs, m.generated, m.distinct, m.depth, m.engineSeconds, m.wallSeconds,
                            m.statesPerSecond());
                });
        double wall = (System.nanoTime() - start) / 1e9;
        List<Model> models = done.stream().map(Model::of)
                .sorted(Comparator.comparing((Model m) -> m.scenario).thenComparing(m -> m.design)).toList();
        double engine = models.stream().mapToDouble(m -> m.engineSeconds).sum();
        double processes = models.stream().mapToDouble(m -> m.processSeconds).sum();
        long runs = models.stream().mapToLong(m -> m.runs).sum();
        double ratio = wall / (engine / Math.max(1, output.jobs));
        System.out.printf(Locale.ROOT, "suite: %d models, %d TLC runs, wall %.1f s; TLC's own time %.1f s in all "
                        + "(%.1f s per job), TLC processes %.1f s in all; wall / (TLC time / %d jobs) = %.2f%n",
                models.size(), runs, wall, engine, engine / Math.max(1, output.jobs), processes, output.jobs, ratio);
        // The overhead cuts must not change a verdict or a trace: compare with the committed reports.
        List<String> differs = CommittedReports.differences(in.get().home().resolve("counterexamples"), entries);
        System.out.println(differs.isEmpty()
                ? "verdicts and traces: identical to counterexamples/"
                : "verdicts or traces DIFFER from counterexamples/: " + String.join("; ", differs));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "pincheck.bench/1");
        doc.put("wall_seconds", round(wall));
        doc.put("tlc_seconds", round(engine));
        doc.put("tlc_process_seconds", round(processes));
        doc.put("jobs", output.jobs);
        doc.put("wall_over_tlc_per_job", round(ratio));
        doc.put("tlc_runs", runs);
        doc.put("same_as_committed_reports", differs.isEmpty());
        doc.put("java", System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("models", models.stream().map(Model::json).toList());
        if (!Inputs.written(in.get().target(), "bench", Map.of(file, JsonFiles.write(doc)))) {
            return Main.BAD_INPUT;
        }
        System.err.println("bench: results in " + in.get().target().root().resolve(file));
        return differs.isEmpty() ? 0 : 1;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** One model's figures, summed over its TLC runs (distinct states and depth: the largest run). */
    private record Model(String scenario, String design, long runs, long generated, long distinct, long depth,
                         double engineSeconds, double processSeconds, double wallSeconds, List<TlcRun> all) {
        static Model of(Suite.Progress p) {
            List<TlcRun> r = p.runs();
            return new Model(p.entry().scenario().name(), p.entry().result().design().name(), r.size(),
                    r.stream().mapToLong(x -> x.generated().orElse(0)).sum(),
                    r.stream().mapToLong(x -> x.distinct().orElse(0)).max().orElse(0),
                    r.stream().mapToLong(x -> x.depth().orElse(0)).max().orElse(0),
                    r.stream().mapToLong(x -> x.engineMillis().orElse(0)).sum() / 1000.0,
                    r.stream().mapToDouble(TlcRun::wallSeconds).sum(), p.wallSeconds(), r);
        }

        double statesPerSecond() {
            return engineSeconds > 0 ? generated / engineSeconds : 0;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", scenario);
            m.put("design", design);
            m.put("engine", "tlc");
            m.put("generated", generated);
            m.put("distinct", distinct);
            m.put("depth", depth);
            m.put("tlc_seconds", round(engineSeconds));
            m.put("wall_seconds", round(wallSeconds));
            m.put("states_per_second", Math.round(statesPerSecond()));
            List<Object> rs = new ArrayList<>();
            for (TlcRun x : all) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("run", x.label());
                j.put("outcome", x.kind().name());
                j.put("generated", x.generated().orElse(0));
                j.put("distinct", x.distinct().orElse(0));
                j.put("depth", x.depth().orElse(0));
                j.put("tlc_seconds", x.engineMillis().orElse(0) / 1000.0);
                j.put("wall_seconds", round(x.wallSeconds()));
                rs.add(j);
            }
            m.put("runs", rs);
            return m;
        }
    }
}
