package pincheck.suite;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import pincheck.alloy.AgreementSummary;
import pincheck.alloy.AlloyChecker;
import pincheck.alloy.AlloySpec;
import pincheck.alloy.BothEngines;
import pincheck.design.Design;
import pincheck.design.Presets;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.report.SuiteReport;
import pincheck.scenario.Scenario;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRun;
import pincheck.tla.TlcRunner;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** Checks scenarios under designs, several models at once, in a stable order. */
public final class Suite {
    /**
     * One finished model, for progress lines (done of total) and benchmarks: its TLC processes,
     * the wall time of the whole check (emit, every process, decode), and how many of its TLC
     * runs came from the cache and how many were made.
     */
    public record Progress(int done, int total, SuiteReport.Entry entry, ImmutableList<TlcRun> runs,
                           double wallSeconds, int reusedRuns, int madeRuns, boolean alloyReused) {}

    /** What a caller hears of a running suite: a model started, a model finished. */
    public interface Listener {
        void started(String model);

        void finished(Progress p);

        /** A listener that hears only finished models. */
        static Listener of(Consumer<Progress> progress) {
            return new Listener() {
                @Override
                public void started(String model) { }

                @Override
                public void finished(Progress p) { progress.accept(p); }
            };
        }
    }

    /**
     * The suite's default Alloy bound (--alloy-max-steps): a model deeper than this is checked up to it.
     * Every built-in model but pin-overflow (TLC's depth 18) is within it; pin-overflow costs about 90 s of
     * SAT4J per preset at 10 states, and a single check took 100 s at 12 and past 600 s at 18.
     */
    public static final int ALLOY_MAX_STEPS = 10;

    private Suite() {}

    private static RunCache.Cached<AgreementSummary> agreement(Scenario s, Design d, CheckResult tlc, AlloySpec semantics,
                                                              Path workDir, AlloyChecker.Options opt,
                                                              Optional<RunCache> cache) throws IOException {
        // SAT cost grows with the bound: a deeper model is checked up to the suite's bound, and says so
        int bound = BothEngines.alloyBound(tlc, opt, opt.steps());
        RunCache.AgreementSource make = () -> AgreementSummary.of(
                BothEngines.compare(semantics, s, tlc, workDir, opt, opt.steps()));
        return cache.isPresent() ? cache.get().agreement(s, d, tlc, semantics, bound, make)
                : new RunCache.Cached<>(make.make(), false);
    }

    /** The generated Alloy modules of each violated property the mirror states, for the violation's folder. */
    public static ImmutableMap<Property, ImmutableMap<String, String>> alloyModules(AlloySpec semantics, Scenario s,
                                                                                    CheckResult tlc) {
        ImmutableMap.Builder<Property, ImmutableMap<String, String>> out = ImmutableMap.builder();
        for (PropertyResult x : tlc.results()) {
            if (x.verdict() == Verdict.VIOLATED) {
                BothEngines.moduleFor(semantics, s, tlc, x).ifPresent(m -> out.put(x.property(), m));
            }
        }
        return out.build();
    }

    /** A model's name in progress lines: {@code scenario / design}. */
    public static String model(Scenario s, Design d) { return s.name() + " / " + d.name(); }

    /**
     * One suite run: every scenario under every design, from the checkout at home, and the named
     * options with their defaults: models at once (1), TLC's JVM options, Alloy's (none: TLC
     * alone; with them Alloy checks each model up to TLC's depth and the verdicts are compared),
     * a cache of finished runs (none), and who hears of each model (nobody).
     */
    public record Request(ImmutableList<Scenario> scenarios, ImmutableList<Design> designs, Path home, int jobs,
                          TlcRunner.Options tlc, Optional<AlloyChecker.Options> alloy, Optional<RunCache> cache,
                          Listener listener) {
        public static Request of(List<Scenario> scenarios, List<Design> designs, Path home) {
            return new Request(ImmutableList.copyOf(scenarios), ImmutableList.copyOf(designs), home, 1,
                    TlcRunner.Options.DEFAULT, Optional.empty(), Optional.empty(), Listener.of(p -> { }));
        }

        public Request withJobs(int x) {
            return new Request(scenarios, designs, home, x, tlc, alloy, cache, listener);
        }

        public Request withTlc(TlcRunner.Options x) {
            return new Request(scenarios, designs, home, jobs, x, alloy, cache, listener);
        }

        /** The default TLC options with this time limit per TLC run. */
        public Request withTimeout(Duration x) {
            return withTlc(new TlcRunner.Options(x, 1, ""));
        }

        public Request withAlloy(Optional<AlloyChecker.Options> x) {
            return new Request(scenarios, designs, home, jobs, tlc, x, cache, listener);
        }

        public Request withAlloy(AlloyChecker.Options x) {
            return withAlloy(Optional.of(x));
        }

        public Request withCache(RunCache x) {
            return new Request(scenarios, designs, home, jobs, tlc, alloy, Optional.of(x), listener);
        }

        public Request withListener(Listener x) {
            return new Request(scenarios, designs, home, jobs, tlc, alloy, cache, x);
        }

        /** A listener that hears only finished models. */
        public Request withProgress(Consumer<Progress> x) {
            return withListener(Listener.of(x));
        }
    }

    public static ImmutableList<SuiteReport.Entry> run(Request req) throws IOException, InterruptedException {
        List<Scenario> scenarios = req.scenarios();
        List<Design> designs = req.designs();
        Path home = req.home();
        int jobs = req.jobs();
        TlcRunner.Options opt = req.tlc();
        Optional<AlloyChecker.Options> alloy = req.alloy();
        Optional<RunCache> cache = req.cache();
        Listener listener = req.listener();
        AlloySpec semantics = AlloySpec.read(AlloyChecker.alloyDir(home));
        // A scenario runs under the designs on the kernels whose code it follows.
        int total = scenarios.stream().mapToInt(s -> Presets.applicable(s, designs).size()).sum();
        AtomicInteger done = new AtomicInteger();
        Path work = Files.createTempDirectory("pincheck-suite-");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        // Interrupted (SIGINT, SIGTERM): no finally block runs, so the hook stops TLC and removes its files.
        WorkDirs.Cleanup cleanup = WorkDirs.onExit(work, true);
        try {
            List<Future<SuiteReport.Entry>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                for (Design d : Presets.applicable(s, designs)) {
                    Path dir = work.resolve(s.name()).resolve(d.name());
                    futures.add(pool.submit(() -> {
                        listener.started(model(s, d));
                        long start = System.nanoTime();
                        List<TlcRun> made = new ArrayList<>();
                        Optional<RunCache.ModelRuns> runs = cache.map(c -> c.forModel(s, d, Scaling.DEFAULT));
                        CheckResult r = TlcChecker.check(TlcChecker.Request.of(s, d, SpecFiles.tlaDir(home), dir)
                                .withOptions(opt).withRuns(runs.<TlcChecker.Runs>map(x -> x).orElse(TlcRunner::run))
                                .withObserver(made::add));
                        Optional<RunCache.Cached<AgreementSummary>> agreement = alloy.isEmpty() ? Optional.empty()
                                : Optional.of(agreement(s, d, r, semantics, dir.resolve("alloy"), alloy.get(), cache));
                        SuiteReport.Entry e = new SuiteReport.Entry(s, r, alloyModules(semantics, s, r),
                                agreement.map(RunCache.Cached::value));
                        listener.finished(new Progress(done.incrementAndGet(), total, e, ImmutableList.copyOf(made),
                                (System.nanoTime() - start) / 1e9, runs.map(RunCache.ModelRuns::reused).orElse(0),
                                runs.map(RunCache.ModelRuns::ran).orElse(made.size()),
                                agreement.map(RunCache.Cached::reused).orElse(false)));
                        return e;
                    }));
                }
            }
            ImmutableList.Builder<SuiteReport.Entry> out = ImmutableList.builder();
            for (Future<SuiteReport.Entry> f : futures) {
                out.add(f.get());
            }
            return out.build();
        } catch (ExecutionException e) {
            throw new IOException("a model of the suite failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            cleanup.close();
        }
    }
}
