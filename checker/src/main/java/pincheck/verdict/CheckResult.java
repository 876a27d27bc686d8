package pincheck.verdict;

import com.google.common.collect.ImmutableList;
import pincheck.design.Design;
import pincheck.design.Scaling;

/** All verdicts of one scenario under one design by one engine. */
public record CheckResult(String scenario, Design design, Scaling scaling, String engine,
                          ImmutableList<PropertyResult> results) {

    public boolean anyInconclusive() {
        return results.stream().anyMatch(r -> r.verdict() == Verdict.INCONCLUSIVE);
    }

    /** A property (not a reachable condition) is violated. */
    public boolean anyViolated() {
        return results.stream().anyMatch(r -> r.verdict() == Verdict.VIOLATED && !r.property().isCondition());
    }

    /** The CLI's exit status for this engine's result alone (ExitStatus: the rules). */
    public int exitCode() {
        return ExitStatus.of(this).code();
    }
}
