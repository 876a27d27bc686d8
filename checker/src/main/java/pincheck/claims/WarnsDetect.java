package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Knob;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.study.Model;
import pincheck.study.ModelRuns;
import pincheck.verdict.CheckResult;
import pincheck.verdict.Verdict;

/**
 * "a couple carefully put WARN_ONs in the PUT path can detect any leakage of refs":
 * first find every harmful model (Detectable broken with no WARN at all: some harm
 * or leak happens), then ask each WARN knob whether every harmful trace of those
 * models fires a WARN at or before its harm.
 */
final class WarnsDetect implements Study {
    static final ImmutableList<String> WARNS = ImmutableList.of("underflow", "below-bias", "add-pin", "grab", "kernel");

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        List<Model> base = new ArrayList<>();
        for (Scenario s : cat.all()) {
            for (Design d : Presets.applicable(s, Presets.all().stream().map(Presets.Preset::design).toList())) {
                base.add(Model.of(s, d.with(Knob.WARN, "none"), Property.DETECTABLE));
            }
        }
        ImmutableList<CheckResult> baseResults = runs.all(base);
        List<Model> harmful = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            if (baseResults.get(i).results().get(0).verdict() == Verdict.VIOLATED) {
                harmful.add(base.get(i));
            }
        }
        ImmutableList.Builder<Evidence> ev = ImmutableList.builder();
        List<String> rows = new ArrayList<>();
        String catchesAll = "";
        boolean inconclusive = Found.of(base, baseResults).anyInconclusive();
        for (String w : WARNS) {
            List<Model> ms = new ArrayList<>();
            for (Model m : harmful) {
                Design d = m.design().with(Knob.WARN, w);
                ms.add(Model.of(m.scenario(), d, Property.DETECTABLE));
            }
            Found f = Found.of(ms, runs.all(ms));
            inconclusive |= f.anyInconclusive();
            var missed = f.with(Verdict.VIOLATED, Property.DETECTABLE, "a harmful trace warn=" + w + " does not catch");
            int caught = f.with(Verdict.HOLDS, Property.DETECTABLE, "").size();
            rows.add(String.format(Locale.ROOT, "warn=%s catches %d of %d", w, caught, harmful.size()));
            missed.stream().findFirst().ifPresent(ev::add);
            if (missed.isEmpty() && !f.anyInconclusive() && catchesAll.isEmpty()) {
                catchesAll = w;
            }
        }
        String counts = harmful.size() + " of " + base.size() + " models (every scenario under every preset) have a "
                + "harmful trace (a harm, or a leak once quiet) with no WARN at all; " + String.join(", ", rows) + ".";
        if (!catchesAll.isEmpty()) {
            return new Finding(ClaimVerdict.CONFIRMED, "Confirmed: " + counts + " warn=" + catchesAll
                    + " fires at or before the harm on every harmful trace of the catalogue.", ev.build());
        }
        if (inconclusive) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "No WARN knob caught every harmful trace, but a run did "
                    + "not finish. " + counts, ev.build());
        }
        return new Finding(ClaimVerdict.REFUTED, "Refuted: " + counts + " No single WARN placement catches every "
                + "harmful trace; the shortest trace each one misses is listed with the harm it lets through.",
                ev.build());
    }
}
