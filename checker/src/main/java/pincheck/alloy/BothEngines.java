package pincheck.alloy;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlcChecker;
import pincheck.tla.TlcRunner;
import pincheck.trace.Trace;
import pincheck.verdict.CheckResult;
import pincheck.verdict.ExitStatus;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/**
 * {@code --engine both}: TLC first; Alloy then checks up to the depth TLC reported, looks
 * for its counterexamples at TLC's lengths, replays every TLC counterexample, and the two
 * verdicts are compared property by property.
 */
public final class BothEngines {
    public record Result(CheckResult tlc, CheckResult alloy, Agreement agreement) {
        /** The exit status of the whole check (ExitStatus). */
        public ExitStatus status() {
            return Agreement.status(tlc, agreement.agrees(), agreement.complete());
        }
    }

    private BothEngines() {}

    public static Result check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path home,
                               Path workDir, TlcRunner.Options tlcOpt, AlloyChecker.Options alloyOpt)
            throws IOException {
        CheckResult tlc = TlcChecker.check(TlcChecker.Request.of(s, d, SpecFiles.tlaDir(home), workDir.resolve("tlc"))
                .withScaling(scaling).withProperties(properties).withOptions(tlcOpt).withConcurrentLiveness(true));
        return compare(AlloySpec.read(AlloyChecker.alloyDir(home)), s, tlc, workDir.resolve("alloy"), alloyOpt);
    }

    /** Alloy on the model TLC checked, with the given semantics (a test may alter it). */
    public static Result compare(AlloySpec semantics, Scenario s, CheckResult tlc, Path workDir,
                                 AlloyChecker.Options base)
            throws IOException {
        return compare(semantics, s, tlc, workDir, base, Integer.MAX_VALUE);
    }

    /**
     * As above, with Alloy's bound capped at maxStates: a model deeper than that is checked
     * up to the cap only, and the agreement says so (Agreement: "holds up to k of TLC's d").
     */
    public static Result compare(AlloySpec semantics, Scenario s, CheckResult tlc, Path workDir,
                                 AlloyChecker.Options base, int maxStates) throws IOException {
        Map<Property, Integer> lengths = new LinkedHashMap<>();
        tlc.results().forEach(r -> r.trace().ifPresent(t -> lengths.put(r.property(), t.steps().size())));
        AlloyChecker.Options opt = new AlloyChecker.Options(alloyBound(tlc, base, maxStates), base.timeLimit(),
                base.solver(), com.google.common.collect.ImmutableMap.copyOf(lengths));
        List<Property> properties = tlc.results().stream().map(PropertyResult::property).toList();
        CheckResult alloy = AlloyChecker.check(semantics, s, tlc.design(), tlc.scaling(), properties, workDir, opt);
        Map<Property, Replay.Result> replays = new LinkedHashMap<>();
        List<Property> safety = properties.stream().filter(p -> !p.isLiveness()).toList();
        try {
            AlloyModel model = AlloyEmitter.emit(semantics, s, tlc.design(), tlc.scaling(), safety, opt.steps());
            for (PropertyResult r : tlc.results()) {
                // a counterexample longer than the bound cannot replay within it
                if (r.verdict() == Verdict.VIOLATED && !r.property().isLiveness()
                        && within(r.trace().orElseThrow(), opt.steps())) {
                    replays.put(r.property(), Replay.of(model, r.property(), r.trace().orElseThrow(), opt));
                }
            }
        } catch (Unsupported e) {
            // the Alloy results already say "not mirrored"; nothing to replay into
        }
        return new Result(tlc, alloy, Agreement.of(tlc, alloy, replays));
    }

    /** Alloy's bound for TLC's model: TLC's depth (base's steps when TLC gave none), at most maxStates. */
    public static int alloyBound(CheckResult tlc, AlloyChecker.Options base, int maxStates) {
        return Math.min(bound(tlc).orElse(base.steps()), maxStates);
    }

    /** Whether every state of the trace lies within a bound of that many states. */
    static boolean within(Trace t, int states) {
        return t.steps().size() + 1 <= states;
    }

    /**
     * The generated Alloy modules (MC.als, Scenario.als) that check a violated property of
     * TLC's result on traces of the counterexample's length, for the violation's folder; empty
     * for liveness and for scenarios the mirror refuses. Needs no solver: it is text.
     */
    public static Optional<ImmutableMap<String, String>> moduleFor(AlloySpec semantics, Scenario s, CheckResult tlc,
                                                                   PropertyResult violated) {
        Property p = violated.property();
        if (p.isLiveness() || violated.trace().isEmpty() || Mirrored.invariant(p).isEmpty()) {
            return Optional.empty();
        }
        try {
            AlloyModel m = AlloyEmitter.emit(semantics, s, tlc.design(), tlc.scaling(), List.of(p),
                    bound(tlc).orElse(AlloyChecker.DEFAULT_STEPS));
            return Optional.of(m.generated(m.check(AlloyChecker.invariants(List.of(p)),
                    violated.trace().get().steps().size() + 1)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /**
     * The depth TLC reported (states on its longest shortest path), so "holds up to the
     * bound" covers every state TLC reached; a counterexample's length + 1 where TLC stopped early.
     */
    public static java.util.OptionalInt bound(CheckResult tlc) {
        return tlc.results().stream().filter(r -> !r.property().isLiveness()).mapToInt(r -> switch (r.verdict()) {
            case HOLDS -> (int) r.depth().orElse(0);
            case VIOLATED -> r.trace().map(t -> t.steps().size() + 1).orElse(0);
            default -> 0;
        }).filter(n -> n > 0).max();
    }
}
