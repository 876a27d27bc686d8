package pincheck.alloy.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One check to run: the command's name, the SAT solver, the time limit, Alloy's
 * "prevent overflows" option, the file name of the root module (in error messages too), extra
 * expressions to evaluate at every state of a counterexample (e.g. {@code Ev.call}), and the
 * modules the root opens, by file name, written beside it.
 */
public record AlloyRequest(String command, AlloySolver solver, Duration timeLimit, boolean noOverflow,
                           String sourceName, ImmutableList<String> expressions,
                           ImmutableMap<String, String> opened) implements java.io.Serializable {

    public AlloyRequest {
        for (String name : Iterables.concat(List.of(sourceName), opened.keySet())) {
            if (name.isBlank() || name.contains("/") || name.contains("\\") || !name.endsWith(".als")) {
                throw new IllegalArgumentException("a module's file must be a plain name ending .als: " + name);
            }
        }
        if (opened.containsKey(sourceName)) {
            throw new IllegalArgumentException("the root " + sourceName + " is also an opened module");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
    }

    /** SAT4J, one minute, overflow prevented, errors reported against {@code model.als}. */
    public static AlloyRequest check(String command) {
        return new AlloyRequest(command, AlloySolver.SAT4J, Duration.ofMinutes(1), true, "model.als",
                ImmutableList.of(), ImmutableMap.of());
    }

    public AlloyRequest withSolver(AlloySolver s) {
        return new AlloyRequest(command, s, timeLimit, noOverflow, sourceName, expressions, opened);
    }

    public AlloyRequest withTimeLimit(Duration d) {
        return new AlloyRequest(command, solver, d, noOverflow, sourceName, expressions, opened);
    }

    public AlloyRequest withNoOverflow(boolean b) {
        return new AlloyRequest(command, solver, timeLimit, b, sourceName, expressions, opened);
    }

    public AlloyRequest withSourceName(String name) {
        return new AlloyRequest(command, solver, timeLimit, noOverflow, name, expressions, opened);
    }

    public AlloyRequest withExpressions(String... exprs) {
        return new AlloyRequest(command, solver, timeLimit, noOverflow, sourceName, ImmutableList.copyOf(exprs),
                opened);
    }

    public AlloyRequest withOpened(Map<String, String> modules) {
        return new AlloyRequest(command, solver, timeLimit, noOverflow, sourceName, expressions,
                ImmutableMap.copyOf(modules));
    }
}
