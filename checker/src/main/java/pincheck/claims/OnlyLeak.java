package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.study.Model;
import pincheck.study.ModelRuns;

/**
 * "the only harm that can come of this should be memory leak": under the bias, a
 * release that does not match how the page was taken (put_page of a pinned page,
 * unpin of a gotten one) on every scenario; any harm other than a leak refutes it.
 */
final class OnlyLeak implements Study {
    static final ImmutableList<Property> HARMS = ImmutableList.of(Property.NO_USE_AFTER_FREE,
            Property.ZERO_PAGE_NEVER_FREED, Property.NO_UNDERFLOW);

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        List<Model> models = new ArrayList<>();
        for (Scenario s : cat.all()) {
            for (Design d : Presets.applicable(s, List.of(Presets.get("bias-unconverted"),
                    Presets.get("bias-unpin-all")))) {
                models.add(Model.of(s, d, Property.NO_USE_AFTER_FREE, Property.ZERO_PAGE_NEVER_FREED,
                        Property.NO_UNDERFLOW, Property.BALANCED_WHEN_QUIET));
            }
        }
        Found f = Found.of(models, runs.all(models));
        ImmutableList.Builder<Evidence> ev = ImmutableList.builder();
        List<String> harms = new ArrayList<>();
        for (Property p : HARMS) {
            var hits = f.with(pincheck.verdict.Verdict.VIOLATED, p, "a harm worse than a leak: " + p.title());
            if (!hits.isEmpty()) {
                ev.add(hits.get(0));
                harms.add(p.tlaName() + " broken on " + hits.size() + " of " + f.size() + " models (shortest: "
                        + hits.get(0).scenario().name() + " under " + hits.get(0).result().design().name() + ", "
                        + hits.get(0).verdict().depth().orElse(0) + " steps)");
            }
        }
        var leaks = f.with(pincheck.verdict.Verdict.VIOLATED, Property.BALANCED_WHEN_QUIET, "the leak the claim expects");
        leaks.stream().findFirst().ifPresent(ev::add);
        String scope = "a put_page() of a pinned page (bias-unconverted) or an unpin of a page taken with get_page() "
                + "(bias-unpin-all), on " + cat.all().size() + " scenarios";
        if (!harms.isEmpty()) {
            return new Finding(ClaimVerdict.REFUTED, "Refuted: with " + scope + ", a mismatched release does more "
                    + "than leak. " + String.join("; ", harms) + ". An unpin subtracts GUP_PIN_COUNTING_BIAS "
                    + "from a page that holds only plain references, so the count can reach zero while other "
                    + "holders still use the page (folio_put_refs() frees at zero and has no underflow check). "
                    + "Leaks happen too (BalancedWhenQuiet broken on " + leaks.size() + " models).", ev.build());
        }
        if (f.anyInconclusive()) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "No harm found, but a run did not finish: "
                    + f.inconclusiveReason(), ev.build());
        }
        return new Finding(ClaimVerdict.CONFIRMED, "Confirmed on " + f.size() + " models (" + scope + ", "
                + f.distinctStates() + " distinct states): no mismatch did worse than leak.", ev.build());
    }
}
