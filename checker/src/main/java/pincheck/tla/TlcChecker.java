package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.out.StateGraph;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutputException;
import pincheck.tla.out.TlcOutput;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/**
 * Checks every property of a scenario under a design with TLC. TLC stops at the
 * first violated invariant, and breadth-first search makes that trace a shortest
 * one; the checker records it, drops that invariant and runs again, until a run
 * finishes exhaustively (the rest hold, with its state counts) or fails (the rest
 * are inconclusive, with the reason).
 */
public final class TlcChecker {
    public static final String ENGINE = "tlc";

    /** How one TLC run is made: {@link TlcRunner#run}, a cache in front of it, or a fault injected by a test. */
    @FunctionalInterface
    public interface Runs {
        TlcRunner.RawRun run(TlaModel model, Path specsDir, Path dir, TlcRunner.Options opt) throws IOException;
    }

    /**
     * One check: the model (scenario, design, scaling, properties), where the specs are and where
     * TLC works, and the named options with their defaults: TLC's JVM options, how each run is
     * made, who hears of each run, and how the safety runs' state space is reduced.
     */
    public record Request(Scenario scenario, Design design, Scaling scaling, ImmutableList<Property> properties,
                          Path specsDir, Path workDir, TlcRunner.Options options, Runs runs, Consumer<TlcRun> observe,
                          StateReduction reduction, boolean concurrentLiveness, boolean graph) {
        /** Every property of s under d, at the default scaling, with the default options. */
        public static Request of(Scenario s, Design d, Path specsDir, Path workDir) {
            return new Request(s, d, Scaling.DEFAULT, ImmutableList.copyOf(Property.values()), specsDir, workDir,
                    TlcRunner.Options.DEFAULT, TlcRunner::run, run -> { }, StateReduction.VIEW, false, true);
        }

        /**
         * Whether the liveness run goes on beside the safety runs (a second core for one check) rather
         * than before them (the suite already runs a model per core); runs and observe must then be
         * thread-safe.
         */
        public Request withConcurrentLiveness(boolean x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, options, runs, observe,
                    reduction, x, graph);
        }

        /**
         * Whether one exhaustive run that dumps its state graph yields every safety property's
         * shortest trace (a TLC run per violated property otherwise, as distributed TLC needs).
         */
        public Request withGraph(boolean x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, options, runs, observe,
                    reduction, concurrentLiveness, x);
        }

        public Request withScaling(Scaling x) {
            return new Request(scenario, design, x, properties, specsDir, workDir, options, runs, observe,
                    reduction, concurrentLiveness, graph);
        }

        public Request withProperties(List<Property> x) {
            return new Request(scenario, design, scaling, ImmutableList.copyOf(x), specsDir, workDir, options, runs,
                    observe,
                    reduction, concurrentLiveness, graph);
        }

        public Request withOptions(TlcRunner.Options x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, x, runs, observe,
                    reduction, concurrentLiveness, graph);
        }

        /** How each TLC run is made: a cache in front of {@link TlcRunner#run}, or a fault a test injects. */
        public Request withRuns(Runs x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, options, x, observe,
                    reduction, concurrentLiveness, graph);
        }

        /** Hands the figures of every TLC process to x (for benchmarks). */
        public Request withObserver(Consumer<TlcRun> x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, options, runs, x,
                    reduction, concurrentLiveness, graph);
        }

        /** How the safety runs' state space is reduced (liveness runs never are). */
        public Request withReduction(StateReduction x) {
            return new Request(scenario, design, scaling, properties, specsDir, workDir, options, runs, observe, x,
                    concurrentLiveness, graph);
        }
    }

    private TlcChecker() {}

    public static CheckResult check(Request req) throws IOException {
        Scenario s = req.scenario();
        Design d = req.design();
        Scaling scaling = req.scaling();
        List<Property> properties = req.properties();
        Path specsDir = req.specsDir();
        Path workDir = req.workDir();
        TlcRunner.Options opt = req.options();
        Runs runs = req.runs();
        Consumer<TlcRun> observe = req.observe();
        Map<Property, PropertyResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        List<Property> open = new ArrayList<>(properties.stream().filter(p -> !p.isLiveness()).toList());
        List<Property> live = properties.stream().filter(Property::isLiveness).toList();
        Callable<Map<Property, PropertyResult>> livenessRuns = () -> {
            Map<Property, PropertyResult> r = new LinkedHashMap<>();
            for (int i = 0; i < live.size(); i++) {
                r.put(live.get(i), liveness(s, d, scaling, live.get(i), specsDir, workDir.resolve("live" + i), opt,
                        runs, observe));
            }
            return r;
        };
        int round = live.size();
        ExecutorService beside = null;
        Future<Map<Property, PropertyResult>> liveResults;
        if (req.concurrentLiveness() && !live.isEmpty() && !open.isEmpty()) {
            beside = Executors.newSingleThreadExecutor();
            liveResults = beside.submit(livenessRuns);
        } else {
            liveResults = CompletableFuture.completedFuture(call(livenessRuns));
        }
        try {
            safety(req, open, round, results);
            results.putAll(liveResults.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while TLC was running", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            if (beside != null) {
                beside.shutdownNow();
            }
        }
        ImmutableList.Builder<PropertyResult> ordered = ImmutableList.builder();
        for (Property p : properties) {
            ordered.add(results.get(p));
        }
        return new CheckResult(s.name(), d, scaling, ENGINE, ordered.build());
    }

    private static <T> T call(Callable<T> c) throws IOException {
        try {
            return c.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The safety rounds: run what is open, record the violated invariant's trace, drop it, again. */
    private static void safety(Request req, List<Property> open, int firstRound, Map<Property, PropertyResult> results)
            throws IOException {
        Scenario s = req.scenario();
        Design d = req.design();
        Scaling scaling = req.scaling();
        Path specsDir = req.specsDir();
        Path workDir = req.workDir();
        TlcRunner.Options opt = req.options();
        Runs runs = req.runs();
        Consumer<TlcRun> observe = req.observe();
        StateReduction reduction = req.reduction();
        int round = firstRound;
        while (!open.isEmpty()) {
            TlaModel model = req.graph() ? TlaEmitter.graph(s, d, scaling, open, reduction)
                    : TlaEmitter.emit(s, d, scaling, open, reduction);
            String label = "safety" + round++;
            TlcRunner.RawRun raw = runs.run(model, specsDir, workDir.resolve(label), opt);
            TlcOutcome out = TlcOutput.interpret(raw.output(), raw.exitCode());
            observe.accept(TlcRun.of(label, raw, out));
            if (raw.timedOut() || raw.failure().isPresent()) {
                inconclusive(results, open, raw.failure().orElseGet(() -> timedOut(out, opt)), raw.seconds());
                break;
            }
            switch (out.kind()) {
                case SUCCESS -> {
                    if (model.dumpsGraph()) {
                        fromGraph(req, raw, out, open, results);
                    }
                    for (Property p : open) {
                        results.put(p, PropertyResult.holds(p, out.statesGenerated(), out.distinctStates().orElse(0),
                                out.depth(), raw.seconds()));
                    }
                    open.clear();
                }
                case INVARIANT_VIOLATED -> {
                    String name = out.violatedProperty().orElse("");
                    Property p = open.stream().filter(x -> x.tlaName().equals(name)).findFirst().orElse(null);
                    if (p == null) {
                        inconclusive(results, open, "model error: invariant " + name
                                + " is violated (the model left its types; a pincheck bug)", raw.seconds());
                        open.clear();
                        break;
                    }
                    Trace trace = TlcTraceReader.read(out.trace());
                    results.put(p, PropertyResult.violated(p, trace, out.statesGenerated(), out.distinctStates(),
                            raw.seconds()).withInputs(model.files()));
                    open.remove(p);
                }
                default -> {
                    inconclusive(results, open, reason(out), raw.seconds());
                    open.clear();
                }
            }
        }
    }

    /**
     * Every first violation in a graph run's state graph, each recorded with the inputs of the run
     * that would have stopped there (the rounds replayed: the earliest violating state of what is
     * open, the first invariant in cfg order at a tie, as TLC checks them); what is left holds.
     */
    private static void fromGraph(Request req, TlcRunner.RawRun raw, TlcOutcome out, List<Property> open,
                                  Map<Property, PropertyResult> results) {
        StateGraph g;
        try {
            g = StateGraph.read(raw.graph().orElseThrow(() -> new TlcOutputException("TLC wrote no state graph")),
                    raw.output(), TlaEmitter.REPORT_MARK, TlaEmitter.REPORT_BITS,
                    open.stream().map(Property::tlaName).toList());
            if (g.distinctStates() != out.distinctStates().orElse(-1)) {
                throw new TlcOutputException("the state graph has " + g.distinctStates() + " states, TLC reported "
                        + out.distinctStates().orElse(-1));
            }
            while (true) {
                Property next = null;
                int earliest = Integer.MAX_VALUE;
                for (Property p : open) {
                    Integer at = g.firstBreaks().get(p.tlaName());
                    if (at != null && at < earliest) {
                        earliest = at;
                        next = p;
                    }
                }
                if (next == null) {
                    return;
                }
                StateGraph.Violation v = g.violation(next.tlaName()).orElseThrow();
                TlaModel round = TlaEmitter.emit(req.scenario(), req.design(), req.scaling(), open, req.reduction());
                results.put(next, PropertyResult.violated(next, TlcTraceReader.read(v.trace()),
                        OptionalLong.of(v.generated()), OptionalLong.of(v.distinct()), raw.seconds())
                        .withInputs(round.files()));
                open.remove(next);
            }
        } catch (TlcOutputException e) {
            inconclusive(results, open, "TLC error: " + e.getMessage(), raw.seconds());
            open.clear();
        }
    }

    private static void inconclusive(Map<Property, PropertyResult> results, List<Property> open, String reason,
                                     double secs) {
        for (Property p : open) {
            results.put(p, PropertyResult.inconclusive(p, reason, secs));
        }
    }

    /** A temporal property in a TLC run of its own: the fair spec, no VIEW. */
    private static PropertyResult liveness(Scenario s, Design d, Scaling scaling, Property p, Path specsDir, Path dir,
                                           TlcRunner.Options opt, Runs runs, Consumer<TlcRun> observe)
            throws IOException {
        TlaModel model = TlaEmitter.emit(s, d, scaling, List.of(p));
        TlcRunner.RawRun raw = runs.run(model, specsDir, dir, opt);
        TlcOutcome out = TlcOutput.interpret(raw.output(), raw.exitCode());
        observe.accept(TlcRun.of("liveness " + p.tlaName(), raw, out));
        if (raw.timedOut() || raw.failure().isPresent()) {
            return PropertyResult.inconclusive(p, raw.failure().orElseGet(() -> timedOut(out, opt)), raw.seconds());
        }
        return switch (out.kind()) {
            case SUCCESS -> PropertyResult.holds(p, out.statesGenerated(), out.distinctStates().orElse(0),
                    out.depth(), raw.seconds());
            case LIVENESS_VIOLATED -> PropertyResult.violated(p, TlcTraceReader.readLasso(out.trace(), out.loopBackTo()),
                    out.statesGenerated(), out.distinctStates(), raw.seconds()).withInputs(model.files());
            default -> PropertyResult.inconclusive(p, reason(out), raw.seconds());
        };
    }

    /** A run stopped at the time limit; a TLC that ran out of heap may hang, so that is said first. */
    private static String timedOut(TlcOutcome out, TlcRunner.Options opt) {
        String timeout = "timeout: TLC did not finish within " + opt.timeout().toSeconds() + " s";
        return out.kind() == TlcOutcome.Kind.OUT_OF_MEMORY ? reason(out) + " (then hung until the " + timeout + ")"
                : timeout;
    }

    static String reason(TlcOutcome out) {
        String what = switch (out.kind()) {
            case OUT_OF_MEMORY -> "out of memory";
            case TRUNCATED -> "TLC output cut off";
            case PARSE_ERROR -> "TLA+ parse error";
            case CONFIG_ERROR -> "TLC configuration error";
            case DEADLOCK -> "unexpected deadlock report";
            default -> "TLC error";
        };
        if (out.kind() == TlcOutcome.Kind.PARSE_ERROR && out.reason().isEmpty()) {
            return what + out.errorText().map(t -> ": " + sanyWords(t)).orElse("");
        }
        return what + out.reason().or(out::errorText).map(t -> ": " + firstLine(t)).orElse("");
    }

    /** Lines of SANY's report that say what and where, without its banners and parser stack. */
    private static final java.util.regex.Pattern SANY_NOISE = java.util.regex.Pattern.compile(
            "\\*\\*\\*.*|Parsing or semantic analysis failed\\.|Residual stack trace follows:|Fatal errors while.*"
                    + "|\\w+ starting at line .*|tla2sany\\..*|Semantic errors:|");

    static String sanyWords(String errorText) {
        return errorText.lines().map(String::strip).filter(l -> !SANY_NOISE.matcher(l).matches()).limit(3)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String firstLine(String t) {
        String s = t.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
