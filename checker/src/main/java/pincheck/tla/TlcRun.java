package pincheck.tla;

import java.util.OptionalLong;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcTime;

/**
 * The figures of one TLC process, for benchmarks: what it counted, TLC's own time and the
 * wall time of the whole process (JVM start, parse, search, output).
 *
 * @param label which run of the model: {@code safety1}, {@code safety2}, ... (one per violated invariant), {@code liveness NAME}
 */
public record TlcRun(String label, TlcOutcome.Kind kind, OptionalLong generated, OptionalLong distinct,
                     OptionalLong depth, OptionalLong engineMillis, double wallSeconds) {

    public static TlcRun of(String label, TlcRunner.RawRun raw, TlcOutcome out) {
        return new TlcRun(label, out.kind(), out.statesGenerated(), out.distinctStates(), out.depth(),
                TlcTime.engineMillis(raw.output()), raw.seconds());
    }
}
