package pincheck.alloy.run;

import com.google.common.collect.ImmutableList;
import java.time.Duration;

/**
 * One check to run: the command's name, the SAT solver, the time limit, Alloy's
 * "prevent overflows" option, the file name used in error messages, and extra expressions
 * to evaluate at every state of a counterexample (e.g. {@code Ev.call}).
 */
public record AlloyRequest(String command, AlloySolver solver, Duration timeLimit, boolean noOverflow,
                           String sourceName, ImmutableList<String> expressions) implements java.io.Serializable {

    public AlloyRequest {
        if (sourceName.isBlank() || sourceName.contains("/") || sourceName.contains("\\")) {
            throw new IllegalArgumentException("source name must be a plain file name: " + sourceName);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
    }

    /** SAT4J, one minute, overflow prevented, errors reported against {@code model.als}. */
    public static AlloyRequest check(String command) {
        return new AlloyRequest(command, AlloySolver.SAT4J, Duration.ofMinutes(1), true, "model.als",
                ImmutableList.of());
    }

    public AlloyRequest withSolver(AlloySolver s) {
        return new AlloyRequest(command, s, timeLimit, noOverflow, sourceName, expressions);
    }

    public AlloyRequest withTimeLimit(Duration d) {
        return new AlloyRequest(command, solver, d, noOverflow, sourceName, expressions);
    }

    public AlloyRequest withNoOverflow(boolean b) {
        return new AlloyRequest(command, solver, timeLimit, b, sourceName, expressions);
    }

    public AlloyRequest withSourceName(String name) {
        return new AlloyRequest(command, solver, timeLimit, noOverflow, name, expressions);
    }

    public AlloyRequest withExpressions(String... exprs) {
        return new AlloyRequest(command, solver, timeLimit, noOverflow, sourceName, ImmutableList.copyOf(exprs));
    }
}
