package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import pincheck.property.Property;
import pincheck.study.Model;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** The verdicts of a batch of models, paired with the models, and questions asked of them. */
record Found(ImmutableList<Model> models, ImmutableList<CheckResult> results) {

    static Found of(List<Model> models, List<CheckResult> results) {
        return new Found(ImmutableList.copyOf(models), ImmutableList.copyOf(results));
    }

    /** Every (model, property) with this verdict, shortest trace first, then in model order. */
    ImmutableList<Evidence> with(Verdict v, Property p, String shows) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            CheckResult r = results.get(i);
            if (r.results().stream().anyMatch(x -> x.property() == p && x.verdict() == v)) {
                out.add(Evidence.of(models.get(i).scenario(), r, p, shows));
            }
        }
        out.sort(Comparator.comparingLong(e -> v == Verdict.VIOLATED ? e.verdict().depth().orElse(0) : 0));
        return ImmutableList.copyOf(out);
    }

    Optional<Evidence> shortest(Property p, String shows) {
        return with(Verdict.VIOLATED, p, shows).stream().findFirst();
    }

    boolean anyInconclusive() {
        return results.stream().anyMatch(CheckResult::anyInconclusive);
    }

    /** The first inconclusive verdict's reason, for the finding's summary. */
    String inconclusiveReason() {
        return results.stream().flatMap(r -> r.results().stream())
                .filter(x -> x.verdict() == Verdict.INCONCLUSIVE).findFirst()
                .flatMap(PropertyResult::reason).orElse("");
    }

    /** Distinct states explored, summed over the models' exhaustive runs. */
    long distinctStates() {
        return results.stream().mapToLong(r -> r.results().stream()
                .filter(x -> x.verdict() == Verdict.HOLDS).mapToLong(x -> x.distinct().orElse(0)).max().orElse(0))
                .sum();
    }

    int size() { return models.size(); }
}
