package pincheck.alloy.run;

import java.util.Optional;

/**
 * What one Alloy check said, engine-neutral. {@code steps} is the command's bound on trace
 * length (the "but K steps"); a NO_COUNTEREXAMPLE holds only up to it. TIMEOUT is
 * inconclusive and never stands for NO_COUNTEREXAMPLE.
 */
public record AlloyOutcome(Kind kind, int steps, Optional<String> error, Optional<AlloyTrace> trace,
                           double seconds, String solver) {

    public enum Kind { COUNTEREXAMPLE, NO_COUNTEREXAMPLE, ERROR, TIMEOUT }

    public AlloyOutcome {
        if ((kind == Kind.COUNTEREXAMPLE) != trace.isPresent()) {
            throw new IllegalArgumentException(kind + " with trace " + trace.isPresent());
        }
    }

    static AlloyOutcome counterexample(int steps, AlloyTrace trace, double seconds, String solver) {
        return new AlloyOutcome(Kind.COUNTEREXAMPLE, steps, Optional.empty(), Optional.of(trace), seconds, solver);
    }

    static AlloyOutcome none(int steps, double seconds, String solver) {
        return new AlloyOutcome(Kind.NO_COUNTEREXAMPLE, steps, Optional.empty(), Optional.empty(), seconds, solver);
    }

    static AlloyOutcome error(int steps, String message, double seconds, String solver) {
        return new AlloyOutcome(Kind.ERROR, steps, Optional.of(message), Optional.empty(), seconds, solver);
    }

    static AlloyOutcome timeout(int steps, String message, double seconds, String solver) {
        return new AlloyOutcome(Kind.TIMEOUT, steps, Optional.of(message), Optional.empty(), seconds, solver);
    }
}
