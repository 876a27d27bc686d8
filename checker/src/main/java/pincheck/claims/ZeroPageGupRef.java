package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
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
 * "we can always take a GUP-ref on the ZERO_PAGE as well": safe on the direct-io
 * path in the small; under many concurrent pins of ZERO_PAGE the bias brings its
 * count round (no check) or makes GUP fail (the sign check), which is why the
 * kernel made pinning the zero page a no-op ("mm: Don't pin ZERO_PAGE in
 * pin_user_pages()", v6.5).
 */
final class ZeroPageGupRef implements Study {
    static final ImmutableList<Property> SAFETY = ImmutableList.of(Property.NO_UNDERFLOW, Property.NO_USE_AFTER_FREE,
            Property.ZERO_PAGE_NEVER_FREED, Property.NO_REFCOUNT_OVERFLOW, Property.BALANCED_WHEN_QUIET,
            Property.GRAB_REFUSED);

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        Scenario small = cat.named("dio-zero-page");
        Scenario many = cat.named("zero-many-pins");
        var pinned = Presets.get("zero-page-pinned");
        List<Model> models = List.of(
                new Model(small, pinned, SAFETY),
                new Model(many, pinned.with(Knob.OVERFLOW_CHECK, "none"), SAFETY),
                new Model(many, pinned, SAFETY),
                new Model(many, Presets.get("linux-6.12"), SAFETY));
        ImmutableList<CheckResult> rs = runs.all(models);
        Found f = Found.of(models, rs);
        boolean smallSafe = harmless(rs.get(0));
        var overflow = Evidence.of(many, rs.get(1), Property.NO_REFCOUNT_OVERFLOW,
                "many pins on ZERO_PAGE with no overflow check");
        var refused = Evidence.of(many, rs.get(2), Property.GRAB_REFUSED,
                "many pins on ZERO_PAGE with try_grab_folio()'s sign check");
        var neutral = Evidence.of(many, rs.get(3), Property.NO_REFCOUNT_OVERFLOW,
                "linux-6.12: pinning ZERO_PAGE is a no-op");
        var smallEv = Evidence.of(small, rs.get(0), Property.ZERO_PAGE_NEVER_FREED,
                "fs/direct-io.c pinning ZERO_PAGE next to the user pages");
        ImmutableList<Evidence> ev = ImmutableList.of(smallEv, overflow, refused, neutral);
        if (f.anyInconclusive()) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "A run did not finish: " + f.inconclusiveReason(), ev);
        }
        boolean breaks = overflow.verdict().verdict() == Verdict.VIOLATED
                || refused.verdict().verdict() == Verdict.VIOLATED;
        boolean kernelSafe = harmless(rs.get(3));
        String large = "With GUP_PIN_COUNTING_BIAS scaled to 4 and INT_MAX to 15, eight pins of ZERO_PAGE "
                + (overflow.verdict().verdict() == Verdict.VIOLATED
                        ? "bring its _refcount round the circle when nothing checks (" + steps(overflow) + "), and "
                        : "do not overflow without the check, and ")
                + (refused.verdict().verdict() == Verdict.VIOLATED
                        ? "with the sign check of try_grab_folio() GUP of the zero page fails with -ENOMEM ("
                                + steps(refused) + "): a failure any process can cause for every other. "
                        : "the sign check never refuses a pin. ")
                + "In the real kernel the limit was about two million pins, \"something that userspace can "
                + "conceivably trigger\" (\"mm: Don't pin ZERO_PAGE in pin_user_pages()\", v6.5), which made pin "
                + "and unpin of the zero page no-ops; with that, "
                + (kernelSafe ? "every property holds and no pin is refused." : "a property still breaks.");
        if (!smallSafe) {
            return new Finding(ClaimVerdict.REFUTED, "Refuted even in the small: pinning ZERO_PAGE on the "
                    + "direct-io path breaks a property. " + large, ev);
        }
        if (breaks) {
            return new Finding(ClaimVerdict.PARTLY, "Partly true. On the direct-io path (dio-zero-page) taking a "
                    + "GUP-ref on ZERO_PAGE is safe: every property holds (" + rs.get(0).results().get(0).distinct()
                    .orElse(0) + " distinct states). " + large, ev);
        }
        return new Finding(ClaimVerdict.CONFIRMED, "Confirmed: pinning ZERO_PAGE is safe in the small and under "
                + "many concurrent pins. " + large, ev);
    }

    private static boolean harmless(CheckResult r) {
        return r.results().stream().allMatch(x -> x.verdict() == Verdict.HOLDS);
    }

    private static String steps(Evidence e) {
        return e.verdict().depth().orElse(0) + " steps";
    }
}
