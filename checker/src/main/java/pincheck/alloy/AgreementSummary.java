package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import pincheck.property.Property;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/**
 * What a suite keeps of one model's {@link Agreement}: per property the status, Alloy's
 * verdict and the detail line, and the bound Alloy checked up to; notCompared says why a
 * whole model was not compared (the mirror refuses the scenario). Small
 * and free of traces, so it can be cached and reported; {@code alloySeconds} is timing, kept
 * out of compared files.
 */
public record AgreementSummary(ImmutableList<Line> lines, int bound, Optional<String> notCompared,
                               double alloySeconds) {
    public record Line(Property property, Agreement.Status status, Verdict alloy, String detail) {}

    public static AgreementSummary of(BothEngines.Result r) {
        ImmutableList<Line> lines = r.agreement().rows().stream()
                .map(x -> new Line(x.property(), x.status(), x.alloy().verdict(), x.detail()))
                .collect(ImmutableList.toImmutableList());
        Optional<String> refused = r.alloy().results().stream().flatMap(x -> x.reason().stream())
                .filter(reason -> reason.startsWith(AlloyChecker.NOT_MIRRORED))
                .map(reason -> reason.substring(AlloyChecker.NOT_MIRRORED.length())).findFirst();
        int bound = r.alloy().results().stream().filter(x -> x.verdict() == Verdict.BOUNDED)
                .mapToInt(x -> (int) x.depth().orElse(0)).max()
                .orElse(BothEngines.bound(r.tlc()).orElse(0));
        double secs = r.alloy().results().stream().mapToDouble(x -> x.seconds()).sum();
        return new AgreementSummary(lines, bound, refused, secs);
    }

    public long count(Agreement.Status s) {
        return lines.stream().filter(l -> l.status() == s).count();
    }

    public boolean agrees() {
        return count(Agreement.Status.DISAGREE) == 0;
    }

    /** Every safety property compared, as {@link Agreement#complete()}. */
    public boolean complete() {
        return notCompared.isEmpty() && lines.stream().allMatch(l -> Agreement.crossChecked(l.property(), l.status()));
    }

    /**
     * Worth keeping for the next suite: every property compared or not compared for a fixed
     * reason (liveness, a scenario the mirror refuses); a timeout or solver error is not.
     */
    public boolean conclusive() {
        return lines.stream().allMatch(l -> l.status() != Agreement.Status.NOT_COMPARED
                || l.alloy() == Verdict.NOT_CHECKED || notCompared.isPresent());
    }
}
