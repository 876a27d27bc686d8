package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.out.TlcOutcome;
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

    private TlcChecker() {}

    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, TlcRunner.Options opt) throws IOException {
        return check(s, d, scaling, properties, specsDir, workDir, opt, TlcRunner::run, run -> { });
    }

    /** As above, and hands the figures of every TLC process to {@code observe} (for benchmarks). */
    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, TlcRunner.Options opt, Consumer<TlcRun> observe) throws IOException {
        return check(s, d, scaling, properties, specsDir, workDir, opt, TlcRunner::run, observe);
    }

    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, TlcRunner.Options opt, Runs runs) throws IOException {
        return check(s, d, scaling, properties, specsDir, workDir, opt, runs, run -> { });
    }

    /** Every TLC run made by {@code runs}, and its figures handed to {@code observe}. */
    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, TlcRunner.Options opt, Runs runs, Consumer<TlcRun> observe)
            throws IOException {
        return check(s, d, scaling, properties, specsDir, workDir, opt, runs, observe, StateReduction.VIEW);
    }

    /** As above, the safety runs' state space reduced as asked (liveness runs never are). */
    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, TlcRunner.Options opt, Runs runs, Consumer<TlcRun> observe,
                                    StateReduction reduction) throws IOException {
        Map<Property, PropertyResult> results = new LinkedHashMap<>();
        List<Property> open = new ArrayList<>(properties.stream().filter(p -> !p.isLiveness()).toList());
        int round = 0;
        for (Property live : properties.stream().filter(Property::isLiveness).toList()) {
            results.put(live, liveness(s, d, scaling, live, specsDir, workDir.resolve("live" + round++), opt, runs, observe));
        }
        while (!open.isEmpty()) {
            TlaModel model = TlaEmitter.emit(s, d, scaling, open, reduction);
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
        ImmutableList.Builder<PropertyResult> ordered = ImmutableList.builder();
        for (Property p : properties) {
            ordered.add(results.get(p));
        }
        return new CheckResult(s.name(), d, scaling, ENGINE, ordered.build());
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
