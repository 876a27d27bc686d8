package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one TLC run found, read from its {@code -tool} output and exit code by {@link TlcOutput#interpret}.
 *
 * @param kind the verdict; {@link Kind#SUCCESS} only when TLC said so, exited 0 and the output is whole
 * @param reason why the reader chose ERROR/TRUNCATED/... when TLC's own words were not enough
 * @param violatedProperty the invariant named by 2110/2107 (TLC does not name violated temporal properties)
 * @param trace the counterexample (also the trace TLC prints with a runtime error), state 1 first
 * @param loopBackTo for a liveness lasso, the state number the behavior returns to; for stuttering, the last state
 * @param endsInStuttering the liveness counterexample ends by stuttering forever in its last state
 * @param errorText the engine's own error text: severity-1 message bodies and, for errors, SANY/stack text
 * @param warnings bodies of severity-2 messages
 * @param tlcVersion e.g. {@code "2.18"}
 */
public record TlcOutcome(
        Kind kind,
        Optional<String> reason,
        Optional<String> violatedProperty,
        OptionalLong statesGenerated,
        OptionalLong distinctStates,
        OptionalLong statesLeftOnQueue,
        OptionalLong depth,
        ImmutableList<TlcState> trace,
        OptionalInt loopBackTo,
        boolean endsInStuttering,
        Optional<String> errorText,
        ImmutableList<String> warnings,
        Optional<String> tlcVersion,
        int exitCode) {

    /** Verdicts, with the exit code TLC 2.18 uses for each (observed, see test resources). */
    public enum Kind {
        SUCCESS(0),
        INVARIANT_VIOLATED(12),
        DEADLOCK(11),
        LIVENESS_VIOLATED(13),
        PARSE_ERROR(150),
        CONFIG_ERROR(151),
        OUT_OF_MEMORY(-1),
        TRUNCATED(-1),
        ERROR(-1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The exit code TLC uses for this verdict, if it has its own. */
        public OptionalInt tlcExitCode() {
            return exitCode < 0 ? OptionalInt.empty() : OptionalInt.of(exitCode);
        }

        public boolean isViolation() {
            return this == INVARIANT_VIOLATED || this == DEADLOCK || this == LIVENESS_VIOLATED;
        }
    }

    public TlcOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(violatedProperty, "violatedProperty");
        Objects.requireNonNull(statesGenerated, "statesGenerated");
        Objects.requireNonNull(distinctStates, "distinctStates");
        Objects.requireNonNull(statesLeftOnQueue, "statesLeftOnQueue");
        Objects.requireNonNull(depth, "depth");
        trace = ImmutableList.copyOf(trace);
        Objects.requireNonNull(loopBackTo, "loopBackTo");
        Objects.requireNonNull(errorText, "errorText");
        warnings = ImmutableList.copyOf(warnings);
        Objects.requireNonNull(tlcVersion, "tlcVersion");
    }
}
