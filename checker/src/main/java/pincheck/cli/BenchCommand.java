package pincheck.cli;

import java.nio.file.Path;
import java.time.Duration;
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
import pincheck.alloy.AlloyChecker;
import pincheck.design.Presets;
import pincheck.report.JsonFiles;
import pincheck.scenario.Scenario;
import pincheck.report.SuiteReport;
import pincheck.suite.CommittedReports;
import pincheck.suite.Goals;
import pincheck.suite.RunCache;
import pincheck.suite.Scale;
import pincheck.suite.Suite;
import pincheck.suite.WorkDirs;
import pincheck.tla.TlcJvm;
import pincheck.tla.TlcRunner;
import pincheck.tla.TlcRun;

@Command(name = "bench", description = "Measure the figures of issue 16's goals in one run (the suite with both "
        + "engines and nothing cached, its TLC side, a rerun with nothing changed, check of each scenario, the scale "
        + "study's per-state rate, liveness against safety, Alloy's depth), each with its ratio to a bare JVM start; "
        + "writes counterexamples/bench.json.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--file", defaultValue = "bench.json", description = "file name in the output folder "
            + "(default ${DEFAULT-VALUE})")
    String file;

    @Option(names = "--no-file", description = "print the figures only; write no file")
    boolean noFile;

    @Option(names = "--scenario", paramLabel = "NAME", description = "only these built-in scenarios (default all)")
    List<String> only = new ArrayList<>();

    @Option(names = "--engine", defaultValue = "both", paramLabel = "tlc|both",
            description = "both: also the main command, TLC then Alloy (default); tlc: the TLC side only")
    String engine;

    @Option(names = "--alloy-max-steps", defaultValue = "" + Suite.ALLOY_MAX_STEPS, paramLabel = "STATES",
            description = "Alloy's bound cap, as the suite's (default ${DEFAULT-VALUE})")
    int alloyMaxSteps;

    @Option(names = "--scale-steps", defaultValue = "4", paramLabel = "K",
            description = "bios added to dio-zero-page for the per-state rate (default ${DEFAULT-VALUE})")
    int scaleSteps;

    @Option(names = "--before", paramLabel = "FILE", description = "figures measured before the change, printed "
            + "beside the new ones (default docs/perf/bench-before.json of the checkout, when there)")
    Path before;

    @Override
    public Integer call() throws Exception {
        Optional<SuiteInputs> in = SuiteInputs.read(output, tlc, only);
        if (in.isEmpty()) {
            return Main.BAD_INPUT;
        }
        if (!engine.equals("tlc") && !engine.equals("both")) {
            System.err.println("pincheck: --engine " + engine + ": expected tlc or both");
            return Main.BAD_INPUT;
        }
        Path home = in.get().home();
        List<Scenario> scenarios = in.get().scenarios();
        List<pincheck.design.Design> designs = Presets.all().stream().map(Presets.Preset::design).toList();
        TlcRunner.Options opt = in.get().tlc();
        double jvm = Goals.jvmStart();
        System.out.printf(Locale.ROOT, "bare JVM start (java -version, median of 5): %.3f s%n", jvm);
        System.out.printf(Locale.ROOT, "%-16s %-18s %4s %9s %9s %5s %9s %9s %10s%n", "scenario", "design", "runs",
                "generated", "distinct", "depth", "tlc s", "wall s", "states/s");
        List<Suite.Progress> done = Collections.synchronizedList(new ArrayList<>());
        Path tlcOut = Goals.freshFolder("tlc");
        long start = System.nanoTime();
        List<SuiteReport.Entry> entries = Suite.run(Suite.Request.of(scenarios, designs, home).withJobs(output.jobs)
                .withTlc(opt).withCache(new RunCache(tlcOut, Main.VERSION, false)).withProgress(p -> {
                    done.add(p);
                    Model m = Model.of(p);
                    System.out.printf(Locale.ROOT, "%-16s %-18s %4d %9d %9d %5d %9.2f %9.2f %10.0f%n", m.scenario,
                            m.design, m.runs, m.generated, m.distinct, m.depth, m.engineSeconds, m.wallSeconds,
                            m.statesPerSecond());
                }));
        double tlcWall = (System.nanoTime() - start) / 1e9;
        List<Model> models = done.stream().map(Model::of)
                .sorted(Comparator.comparing((Model m) -> m.scenario).thenComparing(m -> m.design)).toList();
        double engineSeconds = models.stream().mapToDouble(m -> m.engineSeconds).sum();
        long runs = models.stream().mapToLong(m -> m.runs).sum();
        System.out.printf(Locale.ROOT, "TLC side: %d models, %d TLC runs, wall %.1f s; TLC's own time %.1f s%n",
                models.size(), runs, tlcWall, engineSeconds);
        // The overhead cuts must not change a verdict or a trace: compare with the committed reports.
        List<String> differs = CommittedReports.differences(home.resolve("counterexamples"), entries);
        System.out.println(differs.isEmpty() ? "verdicts and traces: identical to counterexamples/"
                : "verdicts or traces DIFFER from counterexamples/: " + String.join("; ", differs));

        List<Goals.Figure> figures = new ArrayList<>();
        String subset = scenarios.size() == BuiltIn.scenarios(home).size() ? ""
                : "subset: " + models.size() + " models";
        Path rerunOut = tlcOut;
        Optional<AlloyChecker.Options> alloy = Optional.empty();
        if (engine.equals("both")) {
            alloy = Optional.of(AlloyChecker.Options.bound(alloyMaxSteps, Duration.ofSeconds(300)));
            Path bothOut = Goals.freshFolder("both");
            long s0 = System.nanoTime();
            List<SuiteReport.Entry> both = Suite.run(Suite.Request.of(scenarios, designs, home).withJobs(output.jobs)
                    .withTlc(opt).withAlloy(alloy).withCache(new RunCache(bothOut, Main.VERSION, false)));
            figures.add(new Goals.Figure("main command: suite, both engines, fresh", (System.nanoTime() - s0) / 1e9,
                    "s", 180, false, subset));
            List<String> shortOnes = Goals.alloyShort(both);
            figures.add(new Goals.Figure("models Alloy checks short of TLC's depth", shortOnes.size(), "models", 0,
                    false, String.join(", ", shortOnes)));
            rerunOut = bothOut;
        }
        figures.add(new Goals.Figure("TLC side of the suite, fresh", tlcWall, "s", 30, false, subset));
        long s1 = System.nanoTime();
        Suite.run(Suite.Request.of(scenarios, designs, home).withJobs(output.jobs).withTlc(opt).withAlloy(alloy)
                .withCache(new RunCache(rerunOut, Main.VERSION, false)));
        figures.add(new Goals.Figure("suite again, nothing changed (" + engine + ")", (System.nanoTime() - s1) / 1e9,
                "s", 10, false, subset));
        String slowest = "";
        double worst = 0;
        for (Scenario sc : scenarios) {
            double w = Goals.wall(Goals.pincheck(home, "check", home.resolve(sc.file()).toString(), "--design",
                    "linux-6.12"), Duration.ofMinutes(15));
            System.out.printf(Locale.ROOT, "check %s --design linux-6.12: %.2f s wall (%.1f x JVM start)%n",
                    sc.name(), w, w / jvm);
            if (w > worst) {
                worst = w;
                slowest = sc.name();
            }
        }
        figures.add(new Goals.Figure("slowest check of one scenario, JVM included", worst, "s", 1.5, false,
                slowest + " under linux-6.12"));
        List<Scale.Step> rows = Scale.grow(home.resolve("specs/scenarios/dio-zero-page.pin"),
                Presets.get("linux-6.12"), Scale.Dimension.BIOS, scaleSteps, home,
                new TlcRunner.Options(Duration.ofMinutes(10), 1, "", TlcJvm.Profile.LONG), x -> { });
        Scale.Step last = rows.get(rows.size() - 1);
        double rate = last.run().distinct().orElse(0) / Math.max(1e-3, last.run().engineMillis().orElse(0) / 1000.0);
        figures.add(new Goals.Figure("distinct states per second, scale row", rate, "states/s", 20000, true,
                "dio-zero-page + " + last.k() + " bios: " + last.run().distinct().orElse(0) + " distinct"));
        Goals.LivenessRatio live = Goals.worstLiveness(done);
        figures.add(new Goals.Figure("EventuallyQuiet / safety TLC time, worst model", live.ratio(), "x", 5, false,
                live.model() + String.format(Locale.ROOT, ": %.1f s / %.1f s", live.livenessSeconds(),
                        live.safetySeconds())));

        Map<String, Double> was = Before.read(before != null ? before
                : home.resolve("docs").resolve("perf").resolve("bench-before.json"));
        System.out.println();
        System.out.println("issue 16's goals (bare JVM start " + String.format(Locale.ROOT, "%.3f", jvm) + " s):");
        for (Goals.Figure f : figures) {
            System.out.println("  " + f.line(jvm) + Optional.ofNullable(was.get(f.name()))
                    .map(b -> String.format(Locale.ROOT, "; before %.2f", b)).orElse(""));
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "pincheck.bench/1");
        doc.put("jvm_start_seconds", round(jvm));
        doc.put("load_average", round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        List<Object> goals = new ArrayList<>();
        for (Goals.Figure f : figures) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("figure", f.name());
            g.put("value", round(f.value()));
            g.put("unit", f.unit());
            if (f.unit().equals("s")) {
                g.put("over_jvm_start", round(f.value() / jvm));
            }
            g.put("goal", f.goal());
            g.put("met", f.met());
            g.put("note", f.note());
            Optional.ofNullable(was.get(f.name())).ifPresent(b -> g.put("before", b));
            goals.add(g);
        }
        doc.put("goals", goals);
        doc.put("tlc_seconds", round(engineSeconds));
        doc.put("jobs", output.jobs);
        doc.put("tlc_runs", runs);
        doc.put("same_as_committed_reports", differs.isEmpty());
        doc.put("java", System.getProperty("java.version"));
        doc.put("cores", Runtime.getRuntime().availableProcessors());
        doc.put("models", models.stream().map(Model::json).toList());
        if (!noFile) {
            if (!Inputs.written(in.get().target(), "bench", Map.of(file, JsonFiles.write(doc)))) {
                return Main.BAD_INPUT;
            }
            System.err.println("bench: results in " + in.get().target().root().resolve(file));
        }
        WorkDirs.delete(tlcOut);
        if (!rerunOut.equals(tlcOut)) {
            WorkDirs.delete(rerunOut);
        }
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
