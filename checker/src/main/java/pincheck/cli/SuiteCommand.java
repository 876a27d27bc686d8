package pincheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pincheck.alloy.AlloyChecker;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.report.AgreementReport;
import pincheck.report.JsonFiles;
import pincheck.report.AgreementDocument;
import pincheck.report.OutputFolder;
import pincheck.report.ResultsDocument;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.suite.RunCache;
import pincheck.suite.Suite;
import pincheck.tla.TlcRunner;
import pincheck.verdict.ExitStatus;

@Command(footer = {"", ExitStatus.HELP}, name = "suite", description = "Check every built-in scenario under every preset; write counterexamples/."
        + " Finished runs are kept in the output folder's .cache and reused by the next suite.")
final class SuiteCommand implements Callable<Integer> {
    /** Timings and machine details: not compared, not byte-for-byte reproducible. */
    static final String STATS = "stats.json";

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    TlcOptions tlc = new TlcOptions();

    @Option(names = "--scenarios", paramLabel = "DIR", description = "check the .pin files of this folder instead of"
            + " the built-in scenarios")
    Path scenarioDir;

    @Option(names = "--design", paramLabel = "PRESET", description = "only this preset (repeatable; default all)")
    List<String> designNames = new ArrayList<>();

    @Option(names = "--engine", defaultValue = "both", paramLabel = "tlc|both",
            description = "both (default): TLC, then Alloy up to TLC's depth on every model the mirror states, compared"
                    + " (exit 4 on a disagreement); tlc: TLC only")
    String engine;

    @Option(names = "--alloy-timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "seconds per Alloy check (default ${DEFAULT-VALUE}); past it the property is not compared")
    long alloyTimeout;

    @Option(names = "--alloy-max-steps", defaultValue = "" + Suite.ALLOY_MAX_STEPS, paramLabel = "STATES",
            description = "Alloy checks a model deeper than this (TLC's depth) only up to it, and agreement.md says so"
                    + " (default ${DEFAULT-VALUE})")
    int alloyMaxSteps;

    @Option(names = "--force", description = "rerun every model instead of reusing finished runs from the output"
            + " folder's .cache")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path home;
        List<Scenario> scenarios;
        List<Design> designs = new ArrayList<>();
        TlcRunner.Options opt;
        try {
            opt = tlc.options();
            TlcOptions.seconds("--alloy-timeout", alloyTimeout);
            if (!List.of("tlc", "both").contains(engine) || alloyMaxSteps < 1
                    || alloyMaxSteps > AlloyChecker.MAX_STEPS) {
                throw new DesignException("--engine takes tlc or both and --alloy-max-steps a number from 1 to "
                        + AlloyChecker.MAX_STEPS + " (got --engine " + engine + " --alloy-max-steps " + alloyMaxSteps
                        + ")");
            }
            home = Inputs.home();
            scenarios = scenarioDir == null ? BuiltIn.scenarios(home)
                    : BuiltIn.folder(scenarioDir, f -> scenarioDir.resolve(f.getFileName()).toString());
            for (String name : designNames) {
                designs.add(Presets.get(name));
            }
        } catch (DesignException | ScenarioException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("pincheck: cannot list the scenario folder " + scenarioDir + " (" + e.getMessage()
                    + "); give a folder of .pin files with --scenarios");
            return Main.BAD_INPUT;
        }
        if (scenarios.isEmpty()) {
            System.err.println("pincheck: " + scenarioDir + " has no .pin files; give a folder of scenario files"
                    + " with --scenarios");
            return Main.BAD_INPUT;
        }
        if (designs.isEmpty()) {
            designs = Presets.all().stream().map(Presets.Preset::design).toList();
        }
        if (scenarioDir != null && output.out == null) {
            System.err.println("pincheck: --scenarios " + scenarioDir + " needs --out: counterexamples/ holds the"
                    + " built-in suite's results; e.g. --out " + scenarioDir.resolve("results"));
            return Main.BAD_INPUT;
        }
        OutputFolder target;
        // a smaller suite adds its models to the folder's results; the whole suite replaces them
        boolean whole = scenarioDir == null && designNames.isEmpty();
        SuiteReport.Documents before;
        try {
            target = output.folder(home);
            before = whole ? SuiteReport.Documents.NONE : previous(target);
        } catch (DesignException e) {
            System.err.println("pincheck: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        RunCache cache = new RunCache(target.root(), Main.VERSION, force);
        Map<SuiteReport.Entry, Suite.Progress> done = new java.util.concurrent.ConcurrentHashMap<>();
        List<SuiteReport.Entry> entries;
        List<Design> chosen = designs;
        ProgressBar progress = ProgressBar.forStderr(scenarios.stream().mapToInt(s -> Presets.applicable(s, chosen).size()).sum());
        try (progress) {
            Optional<AlloyChecker.Options> alloy = engine.equals("both") ? Optional.of(AlloyChecker.Options.bound(
                    alloyMaxSteps, Duration.ofSeconds(alloyTimeout))) : Optional.empty();
            entries = Suite.run(Suite.Request.of(scenarios, designs, home).withJobs(output.jobs).withTlc(opt)
                    .withAlloy(alloy).withCache(cache).withListener(new Suite.Listener() {
                @Override
                public void started(String model) { progress.started(model); }

                @Override
                public void finished(Suite.Progress p) {
                    done.put(p.entry(), p);
                    progress.finished(p);
                }
            }));
        }
        Map<String, String> files = new java.util.TreeMap<>(SuiteReport.files(entries,
                SuiteReport.documents(entries).over(before)));
        files.put(STATS, stats(entries, done, (System.nanoTime() - start) / 1e9));
        if (!Inputs.written(target, COMMAND, files)) {
            return Main.BAD_INPUT;
        }
        // only what this run checked again: a violation gone from a model it ran; the whole suite, any
        java.util.Set<String> ran = entries.stream().map(e -> SuiteReport.modelFolder(e.scenario().name(),
                e.result().design().name())).collect(java.util.stream.Collectors.toSet());
        target.prune(COMMAND, f -> whole || ran.stream().anyMatch(f::startsWith), files.keySet());
        if (whole) {
            // Only a whole suite knows which cached runs are no longer asked for.
            cache.pruneUnused();
        }
        long bad = entries.stream().filter(e -> e.result().anyInconclusive()).count();
        long disagree = entries.stream().filter(e -> e.agreement().map(a -> !a.agrees()).orElse(false)).count();
        long uncompared = entries.stream().filter(e -> e.agreement().map(a -> !a.complete()).orElse(false)).count();
        System.err.println(progress.summary() + "; results in " + target.root());
        if (disagree > 0) {
            System.err.println("pincheck: TLC and Alloy disagree on " + disagree + " models; see "
                    + target.root().resolve(AgreementReport.MARKDOWN));
        } else if (bad == 0 && uncompared > 0) {
            System.err.println("pincheck: incomplete: on " + uncompared + " models a safety verdict was not compared"
                    + " with Alloy's; see " + target.root().resolve(AgreementReport.MARKDOWN));
        }
        // a violation is a finding of the suite, not a failure: the statuses of check, without 1
        return ExitStatus.worst(List.of(disagree > 0 ? ExitStatus.DISAGREE : ExitStatus.HOLDS,
                bad > 0 ? ExitStatus.INCONCLUSIVE : ExitStatus.HOLDS,
                uncompared > 0 ? ExitStatus.INCOMPLETE : ExitStatus.HOLDS)).code();
    }

    /** What writes the suite's files in the output folder's manifest. */
    static final String COMMAND = "suite";

    /** The folder's documents, for a smaller suite to add to; refused when they do not read. */
    private static SuiteReport.Documents previous(OutputFolder target) throws DesignException {
        try {
            Optional<String> results = target.read(SuiteReport.RESULTS);
            Optional<String> agreement = target.read(AgreementReport.JSON);
            if (results.isEmpty()) {
                return SuiteReport.Documents.NONE;
            }
            return new SuiteReport.Documents(ResultsDocument.read(results.get(), SuiteReport.RESULTS),
                    agreement.isEmpty() ? Optional.empty()
                            : Optional.of(AgreementDocument.read(agreement.get(), AgreementReport.JSON)));
        } catch (JsonFiles.BadFile | IOException e) {
            throw new DesignException("a smaller suite (--scenarios, --design) adds its models to "
                    + target.root().resolve(SuiteReport.RESULTS) + ", which does not read: " + e.getMessage()
                    + "; run the whole suite into it, or choose another folder with --out");
        }
    }

    private static String stats(List<SuiteReport.Entry> entries, Map<SuiteReport.Entry, Suite.Progress> done,
                                double wall) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "pincheck.stats/1");
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
            m.put("tlc_runs_reused", done.get(e).reusedRuns());
            m.put("tlc_runs_made", done.get(e).madeRuns());
            e.agreement().ifPresent(a -> {
                m.put("alloy_seconds", Math.round(a.alloySeconds() * 1000) / 1000.0);
                m.put("alloy_reused", done.get(e).alloyReused());
            });
            models.add(m);
        }
        doc.put("models", models);
        return JsonFiles.write(doc);
    }
}
