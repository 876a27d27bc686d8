package pincheck.verdict;

import java.util.Collection;
import java.util.Comparator;

/**
 * pincheck's exit statuses (README: exit status; `pincheck --help`). When several apply, the
 * most serious wins: disagree, inconclusive, violated, incomplete, holds.
 */
public enum ExitStatus {
    /** Every property holds after an exhaustive run (and, with both engines, Alloy agrees on each). */
    HOLDS(0, "holds", 0),
    VIOLATED(1, "violated", 2),
    BAD_INPUT(2, "bad input", 5),
    /** An engine did not finish: timeout, crash, out of memory, tool error. */
    INCONCLUSIVE(3, "inconclusive", 3),
    /** The two engines disagree on a property. */
    DISAGREE(4, "disagree", 4),
    /**
     * Nothing violated or inconclusive, but a verdict is short of exhaustive and compared: checked up
     * to a bound only (Alloy alone), or TLC's verdict not compared with Alloy's (Alloy timed out or
     * failed, does not mirror the scenario, or the counterexample is beyond its bound).
     */
    INCOMPLETE(5, "incomplete", 1);

    /** The README's and --help's paragraph on exit statuses, kept in one place. */
    public static final String HELP = "Exit status: 0 every property holds after an exhaustive run, 1 a property is"
            + " violated, 2 bad input, 3 inconclusive (timeout, crash, out of memory, tool error), 4 the engines"
            + " disagree, 5 incomplete: nothing violated or inconclusive, but a verdict is bounded only (--engine alloy)"
            + " or was not compared with the second engine (Alloy timed out, failed, does not mirror the scenario,"
            + " or the counterexample lies beyond its bound).";

    private final int code;
    private final String word;
    private final int rank;

    ExitStatus(int code, String word, int rank) {
        this.code = code;
        this.word = word;
        this.rank = rank;
    }

    /** The process's exit status. */
    public int code() { return code; }

    /** The outcome as JSON documents name it. */
    public String word() { return word; }

    /** The most serious of several. */
    public static ExitStatus worst(Collection<ExitStatus> all) {
        return all.stream().max(Comparator.comparingInt(s -> s.rank)).orElse(HOLDS);
    }

    /** One engine's result: inconclusive, violated, bounded or unchecked only (incomplete), or holds. */
    public static ExitStatus of(CheckResult r) {
        if (r.anyInconclusive()) {
            return INCONCLUSIVE;
        }
        if (r.anyViolated()) {
            return VIOLATED;
        }
        boolean exhaustive = r.results().stream().allMatch(x -> x.verdict() == Verdict.HOLDS
                || x.verdict() == Verdict.VIOLATED);
        return exhaustive ? HOLDS : INCOMPLETE;
    }
}
