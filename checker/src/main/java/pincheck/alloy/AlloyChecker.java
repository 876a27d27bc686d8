package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import pincheck.alloy.run.AlloyOutcome;
import pincheck.alloy.run.AlloyRequest;
import pincheck.alloy.run.AlloySolver;
import pincheck.alloy.run.AlloyTrace;
import pincheck.alloy.run.AlloyWorkers;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/**
 * Checks the safety properties of a scenario under a design with Alloy 6, up to a step
 * bound: no counterexample is "holds up to N steps" (BOUNDED), never "holds". Alloy's
 * {@code 1..N steps} tries trace lengths in increasing order, so a counterexample is a
 * shortest one, as TLC's breadth-first one is. Liveness is not checked by Alloy.
 */
public final class AlloyChecker {
    public static final String ENGINE = "alloy";
    /** The bound when no TLC run gave one: the deepest built-in scenario has 9 states (TLC depth). */
    public static final int DEFAULT_STEPS = 10;
    /**
     * The largest bound accepted (--steps, --alloy-max-steps): past it the Int width grows to 7 bits and
     * Alloy cannot translate the model (capacity exceeded; at some hundreds of steps its stack overflows).
     */
    public static final int MAX_STEPS = 29;
    /** The reason given to every safety property of a scenario the mirror refuses, before why. */
    public static final String NOT_MIRRORED = "not mirrored in Alloy: ";

    /**
     * Steps bound (states of a trace), time limit per Alloy check, SAT solver, and the
     * counterexample lengths (steps) TLC found, if it ran: Alloy then looks for its
     * counterexample at that length first instead of searching for the shortest one.
     */
    public record Options(int steps, Duration timeLimit, AlloySolver solver, ImmutableMap<Property, Integer> lengths) {
        public Options {
            if (steps < 1) {
                throw new IllegalArgumentException("the step bound must be at least 1: " + steps);
            }
        }

        /** Glucose (the worker falls back to SAT4J where it does not load): 2.4x faster than SAT4J here. */
        public static Options bound(int steps, Duration timeLimit) {
            return new Options(steps, timeLimit, AlloySolver.GLUCOSE, ImmutableMap.of());
        }

        public Options withLengths(Map<Property, Integer> l) {
            return new Options(steps, timeLimit, solver, ImmutableMap.copyOf(l));
        }
    }

    private AlloyChecker() {}

    public static Path alloyDir(Path home) {
        return home.resolve("specs").resolve("alloy");
    }

    public static CheckResult check(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                                    Path workDir, Options opt) throws IOException {
        return check(AlloySpec.read(specsDir), s, d, scaling, properties, workDir, opt);
    }

    /** With the hand-written modules given (a test may alter them). */
    public static CheckResult check(AlloySpec semantics, Scenario s, Design d, Scaling scaling,
                                    List<Property> properties, Path workDir, Options opt) throws IOException {
        List<Property> safety = properties.stream().filter(p -> !p.isLiveness()).toList();
        AlloyModel model;
        try {
            model = AlloyEmitter.emit(semantics, s, d, scaling, safety, opt.steps());
        } catch (Unsupported e) {
            return result(s, d, scaling, properties, p -> p.isLiveness() ? notChecked(p)
                    : PropertyResult.inconclusive(p, NOT_MIRRORED + e.getMessage(), 0));
        }
        Files.createDirectories(workDir);
        // the four modules side by side, for whoever debugs a check (--keep); Alloy reads a copy per run
        Map<String, String> files = new LinkedHashMap<>(model.opened());
        files.putAll(model.generated(model.check(invariants(safety), opt.steps())));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(workDir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Map<Property, PropertyResult> found = new LinkedHashMap<>();
        List<Property> open = new ArrayList<>(safety);
        // like TlcChecker: check what is open, record what the trace breaks, drop it, again
        while (!open.isEmpty()) {
            AlloyOutcome o = run(model, model.check(invariants(open), opt.steps()), invariants(open), opt);
            double share = o.seconds() / open.size();
            if (o.kind() == AlloyOutcome.Kind.NO_COUNTEREXAMPLE) {
                open.forEach(p -> found.put(p, PropertyResult.bounded(p, opt.steps(), share)));
                break;
            }
            if (o.kind() != AlloyOutcome.Kind.COUNTEREXAMPLE) {
                open.forEach(p -> found.put(p, inconclusive(p, o, share)));
                break;
            }
            AlloyTrace t = o.trace().orElseThrow();
            List<Property> broken = open.stream().filter(p -> firstViolation(t, p) >= 0).toList();
            if (broken.isEmpty()) {
                open.forEach(p -> found.put(p, PropertyResult.inconclusive(p, "model error: TypeOK is violated"
                        + " (the Alloy mirror left its Int range; a pincheck bug)", share)));
                break;
            }
            for (Property p : broken) {
                found.put(p, shortest(model, p, t, o.seconds() / broken.size(), opt));
            }
            open.removeAll(broken);
        }
        return result(s, d, scaling, properties, p -> found.containsKey(p) ? found.get(p) : notChecked(p));
    }

    private static PropertyResult notChecked(Property p) {
        return PropertyResult.notChecked(p, "liveness is not checked by Alloy (bounded); TLC checks it");
    }

    /**
     * A shortest counterexample for p, given one of some length: at TLC's length when
     * known, else by bisection over exact lengths (a violation within k states shows in
     * every lasso of k or more states, as idle steps pad it).
     */
    private static PropertyResult shortest(AlloyModel model, Property p, AlloyTrace known, double secs, Options opt) {
        AlloyTrace best = known;
        int hi = firstViolation(known, p) + 1;
        int lo = 1;
        double total = secs;
        Integer tlc = opt.lengths().get(p);
        if (tlc != null) {
            lo = Math.min(hi, tlc + 1);   // TLC's breadth-first search proved nothing shorter
        }
        while (lo < hi) {
            int mid = tlc != null ? lo : (lo + hi) / 2;
            List<String> inv = invariants(List.of(p));
            AlloyOutcome o = run(model, model.check(inv, mid), inv, opt);
            total += o.seconds();
            if (o.kind() == AlloyOutcome.Kind.COUNTEREXAMPLE) {
                best = o.trace().orElseThrow();
                hi = firstViolation(best, p) + 1;
            } else if (o.kind() == AlloyOutcome.Kind.NO_COUNTEREXAMPLE) {
                lo = mid + 1;
                if (tlc != null) {
                    break;   // Alloy needs more steps than TLC: keep the longer one; Agreement compares
                }
            } else {
                return inconclusive(p, o, total);
            }
        }
        return PropertyResult.violated(p, AlloyTraceReader.read(best, Mirrored.invariant(p).orElseThrow()),
                OptionalLong.empty(), OptionalLong.empty(), total);
    }

    /** The index of the first state of t where p's invariant is false, or -1. */
    static int firstViolation(AlloyTrace t, Property p) {
        String inv = Mirrored.invariant(p).orElseThrow();
        for (int i = 0; i < t.length(); i++) {
            if (t.state(i).single(inv).equals(Optional.of("false"))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> invariants(List<Property> ps) {
        return ps.stream().map(p -> Mirrored.invariant(p).orElseThrow()).toList();
    }

    /** One check in a worker JVM of its own (Alloy keeps static state), so checks of several models run at once. */
    static AlloyOutcome run(AlloyModel model, String root, List<String> evaluate, Options opt) {
        // noOverflow off: counts move by the glue's tables, and Int arithmetic is on constants only
        return AlloyWorkers.shared().run(root, AlloyRequest.check(AlloyModel.CHECK).withSolver(opt.solver())
                .withTimeLimit(opt.timeLimit()).withSourceName(AlloyModel.ROOT).withOpened(model.opened())
                .withNoOverflow(false)
                .withExpressions(evaluate.toArray(String[]::new)));
    }

    static PropertyResult inconclusive(Property p, AlloyOutcome o, double seconds) {
        String what = o.kind() == AlloyOutcome.Kind.TIMEOUT ? "timeout: " : "Alloy error: ";
        return PropertyResult.inconclusive(p, what + o.error().orElse("unknown"), seconds);
    }

    private static CheckResult result(Scenario s, Design d, Scaling scaling, List<Property> properties,
                                      java.util.function.Function<Property, PropertyResult> of) {
        return new CheckResult(s.name(), d, scaling, ENGINE,
                properties.stream().map(of).collect(ImmutableList.toImmutableList()));
    }
}
