package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutput;

/**
 * One exhaustive TLC run that tells which invariants some reachable state breaks,
 * without stopping at the first (see {@link TlaEmitter#watching}). No traces: for
 * the sweep, where the question is which designs are safe, not why.
 */
public final class TlcWatcher {
    private TlcWatcher() {}

    /** Violated properties and the run's size; empty verdicts and a reason when the run did not finish. */
    public record Watched(ImmutableSortedSet<Property> violated, long distinct, long depth,
                          Optional<String> inconclusive, double seconds) {}

    public static Watched run(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                              Path workDir, TlcRunner.Options opt) throws IOException {
        return run(s, d, scaling, properties, specsDir, workDir, opt, StateReduction.VIEW);
    }

    /** As above, the state space reduced as asked. */
    public static Watched run(Scenario s, Design d, Scaling scaling, List<Property> properties, Path specsDir,
                              Path workDir, TlcRunner.Options opt, StateReduction reduction) throws IOException {
        TlaModel model = TlaEmitter.watching(s, d, scaling, ImmutableList.copyOf(properties), reduction);
        TlcRunner.RawRun raw = TlcRunner.run(model, specsDir, workDir, opt);
        if (raw.timedOut()) {
            return failed("timeout: TLC did not finish within " + opt.timeout().toSeconds() + " s", raw.seconds());
        }
        TlcOutcome out = TlcOutput.interpret(raw.output(), raw.exitCode());
        if (out.kind() != TlcOutcome.Kind.SUCCESS) {
            return failed(out.kind() == TlcOutcome.Kind.INVARIANT_VIOLATED
                    ? "model error: " + out.violatedProperty().orElse("TypeOK") + " violated (a pincheck bug)"
                    : TlcChecker.reason(out), raw.seconds());
        }
        TreeSet<Property> violated = new TreeSet<>();
        String mark = "<<" + TlaEmitter.str(TlaEmitter.WATCH_MARK) + ", ";
        for (String line : raw.output().split("\n")) {
            String l = line.strip();
            if (l.startsWith(mark) && l.endsWith("\">>")) {
                String name = l.substring(mark.length() + 1, l.length() - 3);
                violated.add(Property.fromTlaName(name).orElseThrow(
                        () -> new IllegalStateException("TLC printed an unknown property " + name)));
            }
        }
        return new Watched(ImmutableSortedSet.copyOf(violated), out.distinctStates().orElse(0),
                out.depth().orElse(0), Optional.empty(), raw.seconds());
    }

    private static Watched failed(String reason, double secs) {
        return new Watched(ImmutableSortedSet.of(), 0, 0, Optional.of(reason), secs);
    }
}
