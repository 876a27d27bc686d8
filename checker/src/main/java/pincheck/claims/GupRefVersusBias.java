package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.study.Model;
import pincheck.study.ModelRuns;
import pincheck.verdict.CheckResult;
import pincheck.verdict.PropertyResult;

/**
 * Harrosh's GUP-ref (a count of its own; the first GUP-ref takes one page
 * reference, the last GUP-dec puts it) against the bias that was merged: the same
 * per-page-mark proposal (every release as taken) with only pin_accounting changed, on every path of the
 * catalogue, every property and condition compared.
 */
final class GupRefVersusBias implements Study {

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        Design bias = Presets.get("per-page-mark");
        Design gupRef = bias.with(Knob.PIN_ACCOUNTING, "gup-ref");
        List<Property> props = List.of(Property.values()).stream().filter(p -> !p.isLiveness()).toList();
        List<Model> models = new ArrayList<>();
        for (Scenario s : cat.all().stream().filter(x -> x.follows(bias.kernel())).toList()) {
            models.add(new Model(s, bias, ImmutableList.copyOf(props)));
            models.add(new Model(s, gupRef, ImmutableList.copyOf(props)));
        }
        ImmutableList<CheckResult> rs = runs.all(models);
        Found f = Found.of(models, rs);
        ImmutableList.Builder<Evidence> ev = ImmutableList.builder();
        List<String> safety = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < models.size(); i += 2) {
            Scenario s = models.get(i).scenario();
            for (int k = 0; k < props.size(); k++) {
                PropertyResult b = rs.get(i).results().get(k);
                PropertyResult g = rs.get(i + 1).results().get(k);
                if (b.verdict() == g.verdict()) {
                    continue;
                }
                String line = s.name() + ": " + b.property().tlaName() + " " + b.verdict().word() + " with the bias, "
                        + g.verdict().word() + " with gup-ref";
                (b.property().isCondition() ? conditions : safety).add(line);
                ev.add(new Evidence(s, rs.get(i), b, "bias: " + b.verdict().word()));
                ev.add(new Evidence(s, rs.get(i + 1), g, "gup-ref: " + g.verdict().word()));
            }
        }
        if (f.anyInconclusive()) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "A run did not finish: " + f.inconclusiveReason(),
                    ev.build());
        }
        String scope = " on " + models.size() / 2 + " scenarios (the per-page-mark proposal, only pin_accounting changed)";
        if (safety.isEmpty()) {
            return new Finding(ClaimVerdict.CONFIRMED, "Confirmed: the GUP-ref scheme is as safe as the bias" + scope
                    + ": every safety property has the same verdict. "
                    + (conditions.isEmpty() ? "The reachable conditions agree too."
                            : "They differ only in conditions: " + String.join("; ", conditions) + "."), ev.build());
        }
        return new Finding(ClaimVerdict.PARTLY, "The two schemes differ on safety" + scope + ": "
                + String.join("; ", safety) + (conditions.isEmpty() ? "." : "; and in conditions: "
                + String.join("; ", conditions) + "."), ev.build());
    }
}
