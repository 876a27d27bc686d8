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

/**
 * "bio with different bi_end_io function never get merge[d]": the block layer does
 * merge them (blk_rq_merge_ok() compares neither bi_end_io nor BIO_PAGE_* flags),
 * so the premise is false; what matters is whether a merge can make one bio's
 * end_io release another's pages. The split end_io design on bio-merge, with the
 * kernel's merging (each bio completed by its own end_io) and with the hypothetical
 * shared end_io.
 */
final class MergedEndIo implements Study {
    static final ImmutableList<Property> SAFETY = ImmutableList.of(Property.NO_UNDERFLOW, Property.NO_USE_AFTER_FREE,
            Property.PINS_VISIBLE, Property.BALANCED_WHEN_QUIET, Property.RELEASED_AS_TAKEN);

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        Scenario s = cat.named("bio-merge");
        List<Model> models = new ArrayList<>();
        for (String preset : List.of("split-end-io", "linux-6.12")) {
            for (String merge : List.of("own-end-io", "shared-end-io")) {
                Design d = Presets.get(preset).with(Knob.MERGE, merge);
                models.add(new Model(s, d, SAFETY));
            }
        }
        ImmutableList<CheckResult> rs = runs.all(models);
        Found f = Found.of(models, rs);
        List<Evidence> ownBroken = new ArrayList<>();
        List<Evidence> sharedBroken = new ArrayList<>();
        List<Evidence> ownHolds = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            boolean own = models.get(i).design().value(Knob.MERGE).equals("own-end-io");
            for (var x : rs.get(i).results()) {
                Evidence e = new Evidence(s, rs.get(i), x, own
                        ? "the kernel's merge: each bio completed by its own end_io"
                        : "hypothetical: merged bios share the first bio's end_io");
                switch (x.verdict()) {
                    case VIOLATED -> (own ? ownBroken : sharedBroken).add(e);
                    case HOLDS -> {
                        if (own && ownHolds.stream().noneMatch(o -> o.result() == e.result())) {
                            ownHolds.add(e);
                        }
                    }
                    default -> { }
                }
            }
        }
        ImmutableList.Builder<Evidence> ev = ImmutableList.builder();
        if (!ownBroken.isEmpty()) {
            ev.addAll(ownBroken);
            return new Finding(ClaimVerdict.REFUTED, "Refuted: bios with different end_io are merged, and with each "
                    + "bio completed by its own end_io a property still breaks.", ev.build());
        }
        if (f.anyInconclusive()) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "A run did not finish: " + f.inconclusiveReason(),
                    ev.build());
        }
        ev.addAll(ownHolds);
        sharedBroken.stream().limit(2).forEach(ev::add);
        // The premise is refuted by a trace that merges the two bios, not by assertion.
        boolean merged = sharedBroken.stream().flatMap(e -> e.verdict().trace().stream())
                .flatMap(t -> t.steps().stream()).anyMatch(st -> st.event().call().equals("bio_attempt_back_merge"));
        if (!merged) {
            return new Finding(ClaimVerdict.CONFIRMED, "Confirmed: no trace merges the two bios, and every checked "
                    + "property holds with the kernel's merging.", ev.build());
        }
        return new Finding(ClaimVerdict.PARTLY, "Partly true. The premise is false: blk_rq_merge_ok() "
                + "(block/blk-merge.c) compares neither bi_end_io nor the BIO_PAGE_* flags, and the traces below merge "
                + "the _gup bio with the _normal one (bio_attempt_back_merge). The conclusion the thread drew from it holds: "
                + "blk_update_request() calls bio_endio() on each merged bio, so each bio's own end_io releases "
                + "its own pages, and every checked property holds with the kernel's merging ("
                + ownHolds.size() + " designs, exhaustive). Only a hypothetical merge that shared one end_io would "
                + "break it (" + sharedBroken.size() + " violations across the designs checked).", ev.build());
    }
}
